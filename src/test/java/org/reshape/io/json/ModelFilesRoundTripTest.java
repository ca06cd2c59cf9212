package org.reshape.io.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reshape.domain.CostSettings;
import org.reshape.domain.Division;
import org.reshape.domain.FinancialYear;
import org.reshape.domain.Grade;
import org.reshape.domain.JobEvaluation;
import org.reshape.domain.PostDesign;
import org.reshape.domain.InvalidModelException;
import org.reshape.domain.Model;
import org.reshape.domain.Money;
import org.reshape.domain.NiRule;
import org.reshape.domain.Occupancy;
import org.reshape.domain.PayScale;
import org.reshape.domain.Post;
import org.reshape.domain.PostField;
import org.reshape.domain.Provenance;
import org.reshape.domain.SalaryBasis;
import org.reshape.domain.Scenario;
import org.reshape.io.samples.BurySample;

class ModelFilesRoundTripTest {

    /// A model in which every field of every object has a value other than its default.
    static Model everyField() {
        Provenance assumed = new Provenance("Cabinet report §5.2.2", "not stated", Set.of(PostField.GRADE, PostField.FTE));
        PayScale spine = new PayScale("njc-2024", "NJC", LocalDate.of(2024, 4, 1),
                Map.of(7, Money.parse("25584.00"), 8, Money.parse("25992.50"), 9, Money.parse("26409.01")), Map.of(),
                Provenance.of("NJC agreement 2024"));
        PayScale banded = new PayScale("co-2023", "Chief Officer", LocalDate.of(2023, 4, 1), Map.of(1, Money.ofPounds(1)),
                Map.of("E", new PayScale.Band(Money.ofPounds(93_102), Money.ofPounds(101_596))),
                new Provenance("", "bands assumed", Set.of()));
        Grade spinal = Grade.spinal("njc-7-9", "NJC 7–9", "NJC", 7, 9, Provenance.of("a council's grades"));
        Grade band = Grade.banded("co-e", "Chief Officer Band E", "Chief Officer", "E", assumed);
        Post head = new Post("HEAD", "Head of Service", "d1", "", "co-e", new BigDecimal("0.6"), 1, Occupancy.INTERIM,
                "A. N. Other", LocalDate.of(2025, 3, 31), "Everything", 8, List.of("OLD1", "OLD2"), List.of("OLD1"),
                assumed, "a note", new PostDesign(false, List.of("TEAM"), List.of("Director of Children's Services", "LADO"),
                new JobEvaluation("GLPC", "evaluated at Chief Officer Band F", LocalDate.of(2023, 12, 4))));
        Post team = new Post("TEAM", "Business Support", "d2", "HEAD", "njc-7-9", new BigDecimal("30.5"), 32,
                Occupancy.SECONDMENT, "", null, "", null, List.of(), List.of(), Provenance.of("§5.4.1"), "",
                PostDesign.NONE.withAssistant(true));
        Post old1 = Post.of("OLD1", "Old post one", "d1", "", "co-e");
        Post old2 = Post.of("OLD2", "Old post two", "d1", "", "co-e");
        Scenario current = new Scenario("current", "Current structure", "", null, true, List.of(head, team, old1, old2));
        Scenario proposed = new Scenario("proposed", "Proposed structure", "current", LocalDate.of(2024, 4, 1), false,
                List.of(head.withTitle("Director").withFte(BigDecimal.ONE, 1), team));
        CostSettings cost = new CostSettings(SalaryBasis.ACTUAL, new FinancialYear(2025),
                Map.of(new FinancialYear(2025), new NiRule(new BigDecimal("0.15"), Money.ofPounds(5_000))),
                new BigDecimal("0.193"), new BigDecimal("0.005"), false, List.of(
                        new org.reshape.domain.PayAward(spine.family(), LocalDate.of(2025, 4, 1), new BigDecimal("0.025"),
                                Money.ofPounds(1_290), 43, Provenance.of("NJC 2025")),
                        org.reshape.domain.PayAward.percent(banded.family(), LocalDate.of(2026, 4, 1), "0.03",
                                new Provenance("", "3% as the MTFS assumes", null))));
        return new Model("m1", "Every field", "Somewhere Council", "Children's Services",
                List.of(new Division("d1", "Division One", "#112233"), new Division("d2", "Division Two", "#A0B0C0", "d1", Money.parse("950000.00"))),
                List.of(spine, banded), List.of(spinal, band), List.of(current, proposed), cost,
                Map.of("FTE", "Full-Time Equivalent", "NI", "National Insurance", "TBC", ""), people());
    }

    private static org.reshape.domain.Workforce people() {
        var p = new org.reshape.domain.Person("E9", "Ann Sampleton", "E0009", org.reshape.domain.Contract.FIXED_TERM,
                Money.parse("41234.56"), 23, LocalDate.of(2010, 4, 1), LocalDate.of(1985, 2, 3), 12, LocalDate.of(2025, 3, 31),
                org.reshape.domain.FamilyLeave.PROTECTED_PERIOD, "Female", "Mixed or multiple ethnic groups", "Disabled");
        return org.reshape.domain.Workforce.EMPTY.withPerson(p)
                .withHolding(new org.reshape.domain.Holding("E9", "TEAM", new BigDecimal("0.6")))
                .withMatch("proposed", "E9", new org.reshape.domain.Match("proposed", "E9", "HEAD", org.reshape.domain.MatchKind.RING_FENCE))
                .withDutyShares(List.of(new org.reshape.domain.DutyShare("proposed", "TEAM", "HEAD", 75)))
                .withConsultation(new org.reshape.domain.Consultation("proposed", LocalDate.of(2024, 1, 15), 3, 30))
                .withPolicy(new org.reshape.domain.PeoplePolicy(60, 2, 10, 5));
    }

    @Test
    void everyField_survivesARoundTrip() throws IOException {
        Model m = everyField();
        String json = ModelFiles.toJson(m);
        assertThat(ModelFiles.fromJson(json)).isEqualTo(m);
        assertThat(ModelFiles.toJson(ModelFiles.fromJson(json))).isEqualTo(json);
    }

    @Test
    void theBurySample_survivesARoundTrip() throws IOException {
        Model bury = BurySample.build();
        assertThat(ModelFiles.fromJson(ModelFiles.toJson(bury))).isEqualTo(bury);
    }

    @Test
    void aModelWithoutCostSettings_orOptionalFields_readsWithDefaults() throws IOException {
        String json = """
                {"format": "reshape-model", "version": 1, "model": {
                  "id": "m", "name": "Minimal",
                  "scenarios": [{"id": "current", "name": "Current structure", "posts": [{"key": "P1"}]}]
                }}""";
        Model m = ModelFiles.fromJson(json);
        assertThat(m.costSettings()).isNull();
        Post p = m.baseline().post("P1");
        assertThat(p).isEqualTo(new Post("P1", "", "", "", "", BigDecimal.ONE, 1, Occupancy.SUBSTANTIVE, "", null, "",
                null, List.of(), List.of(), Provenance.NONE, ""));
        assertThat(ModelFiles.fromJson(ModelFiles.toJson(m))).isEqualTo(m);
    }

    @Test
    void fte_mayBeANumberOrAString_andStaysExact() throws IOException {
        String json = ModelFiles.toJson(everyField())
                .replace("\"fte\": 0.6", "\"fte\": \"0.1\"")
                .replace("\"fte\": 30.5", "\"fte\": 0.333333");
        Model m = ModelFiles.fromJson(json);
        assertThat(m.baseline().post("HEAD").fte()).isEqualTo(new BigDecimal("0.1"));
        assertThat(m.baseline().post("TEAM").fte()).isEqualTo(new BigDecimal("0.333333"));
        // More decimals than the store keeps would change on saving: refused, not rounded.
        assertThatThrownBy(() -> ModelFiles.fromJson(json.replace("\"fte\": 0.333333", "\"fte\": 0.30000000000000004")))
                .hasMessageContaining("FTE 0.30000000000000004 has more than 6 decimal places");
    }

    @Test
    void moneyAndRates_areWrittenAsDecimalStrings() {
        String json = ModelFiles.toJson(everyField());
        assertThat(json).contains("\"8\": \"25992.50\"", "\"min\": \"93102.00\"", "\"pensionRate\": \"0.193\"",
                "\"threshold\": \"5000.00\"", "\"basis\": \"actual\"", "\"year\": \"2025/26\"", "\"occupancy\": \"interim\"");
        assertThat(json).startsWith("{\n  \"format\": \"reshape-model\",\n  \"version\": 2,\n  \"model\": {").endsWith("}\n");
    }

    @Test
    void write_thenRead_givesTheSameModel_andLeavesNoTemporaryFile(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("model" + ModelFiles.EXTENSION);
        Files.writeString(file, "old contents");
        ModelFiles.write(everyField(), file);
        assertThat(ModelFiles.read(file)).isEqualTo(everyField());
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).containsExactly(file);
        }
    }

    @Test
    void write_refusesAnInvalidModel_andLeavesTheOldFileAlone(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("model" + ModelFiles.EXTENSION);
        Files.writeString(file, "old contents");
        Model m = everyField();
        Model broken = m.withScenario(m.baseline().with(m.baseline().post("TEAM").withGrade("no-such-grade")));
        assertThatThrownBy(() -> ModelFiles.write(broken, file))
                .isInstanceOf(InvalidModelException.class)
                .hasMessageContaining("unknown grade 'no-such-grade'");
        assertThat(Files.readString(file)).isEqualTo("old contents");
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).containsExactly(file);
        }
    }

    @Test
    void write_intoAMissingDirectory_failsWithoutLeavingAnything(@TempDir Path dir) {
        Path file = dir.resolve("missing").resolve("model" + ModelFiles.EXTENSION);
        assertThatThrownBy(() -> ModelFiles.write(everyField(), file)).isInstanceOf(IOException.class);
        assertThat(Files.exists(file.getParent())).isFalse();
    }
}
