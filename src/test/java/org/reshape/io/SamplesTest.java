package org.reshape.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.reshape.domain.CostSettings;
import org.reshape.domain.FinancialYear;
import org.reshape.domain.Grade;
import org.reshape.domain.Model;
import org.reshape.domain.ModelValidator;
import org.reshape.domain.Money;
import org.reshape.domain.Occupancy;
import org.reshape.domain.PayTable;
import org.reshape.domain.Post;
import org.reshape.domain.PostField;
import org.reshape.domain.SalaryBasis;
import org.reshape.domain.Scenario;

/// The shipped Bury sample says what the Cabinet report says, and its sums come out as the report's do.
class SamplesTest {
    private static final Model BURY = Samples.load("bury-cyp-2024");
    private static final Scenario CURRENT = BURY.scenario("current").orElseThrow();
    private static final Scenario PROPOSED = BURY.scenario("proposed").orElseThrow();
    /// The report quotes 2023/24 pay: the tables in force on 31 March 2024, before the 2024 awards.
    private static final PayTable PAY_APRIL_2024 = new PayTable(BURY, LocalDate.of(2024, 3, 31));
    private static final Set<String> DELIVERY_DIVISIONS = Set.of("scs", "sceh", "es", "ehsr");

    @Test
    void names_listTheBurySample() {
        assertThat(Samples.names()).containsExactly("bury-cyp-2024");
        assertThat(Samples.DEFAULT).isEqualTo("bury-cyp-2024");
    }

    @Test
    void load_unknownName_saysWhichSamplesThereAre() {
        assertThatThrownBy(() -> Samples.load("../secrets"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'../secrets'")
                .hasMessageContaining("bury-cyp-2024");
    }

    @Test
    void bury_isTheReportsDirectorate() {
        assertThat(BURY.id()).isEqualTo("bury-cyp-2024");
        assertThat(BURY.name()).isEqualTo("Bury CYP senior management restructure 2024");
        assertThat(BURY.organisation()).isEqualTo("Bury Council");
        assertThat(BURY.directorate()).isEqualTo("Children and Young People's Directorate");
        assertThat(BURY.scenarios()).extracting(Scenario::name).containsExactly("Current structure", "Proposed structure");
        assertThat(BURY.baseline()).isSameAs(CURRENT);
        assertThat(CURRENT.locked()).isTrue();
        assertThat(PROPOSED.baseId()).isEqualTo("current");
        assertThat(PROPOSED.locked()).isFalse();
        assertThat(PROPOSED.implementationDate()).isEqualTo(LocalDate.of(2024, 4, 1));
    }

    @Test
    void bury_breaksNoModelRule() {
        assertThat(ModelValidator.validate(BURY)).isEmpty();
    }

    @Test
    void director_goesFromBandEToBandF_elevenThousandFortyPoundsMoreAtTopOfGrade() {
        Post before = CURRENT.post("DSC");
        Post after = PROPOSED.post("DSC");
        assertThat(before.title()).isEqualTo("Director of Social Care Practice");
        assertThat(after.title()).isEqualTo("Director of Social Care & Early Help");
        assertThat(BURY.gradeName(before.gradeId())).isEqualTo("Chief Officer Band E");
        assertThat(BURY.gradeName(after.gradeId())).isEqualTo("Chief Officer Band F");
        Money top = max(after.gradeId()).minus(max(before.gradeId()));
        assertThat(max(before.gradeId())).isEqualTo(Money.ofPounds(101_596));
        assertThat(max(after.gradeId())).isEqualTo(Money.ofPounds(112_636));
        assertThat(top.toPlainString()).isEqualTo("11040.00");
    }

    @Test
    void soulbury_onFirstApril2024_isStillTheSeptember2023Scale() {
        assertThat(PAY_APRIL_2024.range("soulbury-17-20").orElseThrow().scale().effectiveFrom()).isEqualTo(LocalDate.of(2023, 9, 1));
        assertThat(max("soulbury-17-20")).isEqualTo(Money.ofPounds(65_794));
        assertThat(max("soulbury-23-26")).isEqualTo(Money.ofPounds(73_173));
        assertThat(PAY_APRIL_2024.range("soulbury-13-16").orElseThrow().describe()).isEqualTo("£56,976 – £61,106");
        assertThat(PAY_APRIL_2024.range("soulbury-20-23").orElseThrow().describe()).isEqualTo("£65,794 – £69,586");
    }

    @Test
    void chiefOfficerBands_quotedInTheReportAreAsQuoted() {
        assertThat(PAY_APRIL_2024.range("co-b").orElseThrow().describe()).isEqualTo("£68,714 – £74,619");
        assertThat(PAY_APRIL_2024.range("co-d").orElseThrow().describe()).isEqualTo("£83,865 – £90,992");
        assertThat(PAY_APRIL_2024.range("co-e").orElseThrow().describe()).isEqualTo("£93,102 – £101,596");
        assertThat(PAY_APRIL_2024.range("co-f").orElseThrow().describe()).isEqualTo("£103,767 – £112,636");
        assertThat(PAY_APRIL_2024.range("co-a").orElseThrow().describe()).isEqualTo("£62,185 – £67,527");
        assertThat(PAY_APRIL_2024.range("co-c").orElseThrow().describe()).isEqualTo("£75,933 – £82,457");
        assertThat(PAY_APRIL_2024.range("sm1").orElseThrow().describe()).isEqualTo("£55,000 – £60,000");
    }

    @Test
    void unpublishedGrades_areMarkedAssumed_publishedOnesAreNot() {
        Set<String> assumed = BURY.grades().stream().filter(Grade::isAssumed).map(Grade::id).collect(Collectors.toSet());
        assertThat(assumed).containsExactlyInAnyOrder("co-a", "co-c", "co-g", "co-h", "sm1", "njc-7-11", "njc-20-25", "njc-37-40");
        assertThat(BURY.payScales()).hasSize(6);
    }

    @Test
    void everyPost_saysWhereItCameFromOrWhyItIsAssumed() {
        for (Scenario s : BURY.scenarios()) {
            for (Post p : s.posts()) {
                assertThat(p.provenance().source().isBlank() && p.provenance().assumption().isBlank())
                        .as("%s %s has neither a source nor an assumption", s.id(), p.key()).isFalse();
                if (!p.provenance().assumed().isEmpty()) {
                    assertThat(p.provenance().assumption()).as("%s %s: why assumed", s.id(), p.key()).isNotBlank();
                }
            }
        }
    }

    @Test
    void threeDeliveryDivisions_becomeTwo() {
        assertThat(divisionsUsed(CURRENT)).containsExactlyInAnyOrder("scs", "es", "ehsr");
        assertThat(divisionsUsed(PROPOSED)).containsExactlyInAnyOrder("sceh", "es");
        assertThat(PROPOSED.posts()).noneMatch(p -> p.divisionId().equals("ehsr") || p.divisionId().equals("scs"));
    }

    @Test
    void postCounts_andWhatComesAndGoes() {
        assertThat(CURRENT.size()).isEqualTo(23);
        assertThat(PROPOSED.size()).isEqualTo(23);
        assertThat(keys(CURRENT)).containsAll(List.of("ADEH", "PSW", "SMQA")).doesNotContain("HEH", "HSWQA", "DHVS");
        assertThat(keys(PROPOSED)).containsAll(List.of("HEH", "HSWQA", "DHVS")).doesNotContain("ADEH", "PSW", "SMQA");
        assertThat(PROPOSED.post("HSWQA").replaces()).containsExactly("PSW", "SMQA");
        assertThat(PROPOSED.roots()).extracting(Post::key).containsExactly("EDCYP");
        // Children's Commissioning is in another department now, under a director outside the model.
        assertThat(CURRENT.roots()).extracting(Post::key).containsExactly("EDCYP", "HCC");
        assertThat(CURRENT.post("HCC").notes()).contains("Health & Adult Care director");
    }

    @Test
    void proposal_makesTheReportsChanges() {
        Post heh = PROPOSED.post("HEH");
        assertThat(heh.gradeId()).isEqualTo("co-b");
        assertThat(heh.occupancy()).isEqualTo(Occupancy.ACTING);
        assertThat(heh.fixedTermEnd()).isEqualTo(LocalDate.of(2025, 3, 31));
        assertThat(heh.managerKey()).isEqualTo("DSC");
        assertThat(List.of("HFH", "SMFR", "SMEY")).allSatisfy(k -> {
            assertThat(PROPOSED.post(k).managerKey()).isEqualTo("HEH");
            assertThat(PROPOSED.post(k).divisionId()).isEqualTo("sceh");
        });
        assertThat(PROPOSED.post("VHT").gradeId()).isEqualTo("soulbury-23-26");
        assertThat(PROPOSED.post("DHVS").gradeId()).isEqualTo("soulbury-13-16");
        assertThat(PROPOSED.post("SLSEND").gradeId()).isEqualTo("co-b");
        assertThat(PROPOSED.post("TMCS").managerKey()).isEqualTo("HCASS");
        assertThat(PROPOSED.post("CWD").managerKey()).isEqualTo("HIR");
        assertThat(PROPOSED.post("CRS").managerKey()).isEqualTo("SMFR");
        assertThat(PROPOSED.post("AECE").managerKey()).isEqualTo("VHT");
        assertThat(PROPOSED.post("HSAR").managerKey()).isEqualTo("EDCYP");
        assertThat(PROPOSED.post("HCC").managerKey()).isEqualTo("EDCYP");
        assertThat(PROPOSED.post("DES")).isEqualTo(CURRENT.post("DES"));
    }

    @Test
    void teamBlocks_andAssumedSizes() {
        Post bs = CURRENT.post("BS");
        assertThat(bs.fte()).isEqualByComparingTo("30");
        assertThat(bs.headcount()).isEqualTo(32);
        assertThat(bs.provenance().assumed()).contains(PostField.GRADE, PostField.HEADCOUNT).doesNotContain(PostField.FTE);
        assertThat(CURRENT.post("CRS").isTeamBlock()).isTrue();
        assertThat(CURRENT.post("CRS").provenance().assumed()).contains(PostField.FTE, PostField.HEADCOUNT);
    }

    @Test
    void nobodyIsNamed() {
        assertThat(BURY.scenarios()).flatMap(Scenario::posts).allSatisfy(p -> assertThat(p.holder()).isEmpty());
    }

    @Test
    void costSettings_areTheDesignDefaultsForTwentyFourTwentyFive() {
        CostSettings c = BURY.costSettings();
        assertThat(c.basis()).isEqualTo(SalaryBasis.TOP);
        assertThat(c.year()).isEqualTo(new FinancialYear(2024));
        assertThat(c.niRules()).isEqualTo(CostSettings.defaultNi());
        assertThat(c.pensionRate()).isEqualByComparingTo(new BigDecimal("0.211"));
        assertThat(c.levyRate()).isEqualByComparingTo(new BigDecimal("0.005"));
        assertThat(c.onCosts()).isTrue();
    }

    @Test
    void glossary_explainsTheReportsAbbreviations() {
        assertThat(BURY.glossary()).containsKeys("SEND", "MASH", "LADO", "IRO", "CP", "EIP", "FTE", "NJC", "CASS", "CYP",
                "HoS", "SM", "CO", "LGPS", "NI", "EH");
    }

    @Test
    void divisions_haveDistinctColours() {
        assertThat(BURY.divisions()).extracting(d -> d.colour()).allMatch(c -> c.matches("#[0-9A-F]{6}")).doesNotHaveDuplicates();
        assertThat(BURY.divisions()).extracting(d -> d.id())
                .containsExactly("dir", "scs", "sceh", "es", "ehsr", "sar", "hac");
    }

    private static Money max(String gradeId) {
        return PAY_APRIL_2024.range(gradeId).orElseThrow().max();
    }

    private static Set<String> divisionsUsed(Scenario s) {
        return s.posts().stream().map(Post::divisionId).filter(DELIVERY_DIVISIONS::contains).collect(Collectors.toSet());
    }

    private static List<String> keys(Scenario s) {
        return s.posts().stream().map(Post::key).toList();
    }
}
