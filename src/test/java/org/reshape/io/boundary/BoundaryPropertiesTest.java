package org.reshape.io.boundary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.reshape.domain.Grade;
import org.reshape.domain.InvalidModelException;
import org.reshape.domain.Model;
import org.reshape.domain.ModelValidator;
import org.reshape.domain.Money;
import org.reshape.domain.Occupancy;
import org.reshape.domain.PayScale;
import org.reshape.domain.Post;
import org.reshape.domain.Provenance;
import org.reshape.domain.Scenario;
import org.reshape.io.Samples;
import org.reshape.io.establishment.ColumnMapping;
import org.reshape.io.establishment.EstablishmentExport;
import org.reshape.io.establishment.EstablishmentImport;
import org.reshape.io.imports.ImportOptions;
import org.reshape.io.imports.ImportResult;
import org.reshape.io.imports.ImportSource;
import org.reshape.io.imports.Progress;
import org.reshape.io.json.ModelFileException;
import org.reshape.io.json.ModelFiles;
import org.reshape.store.ModelStore;

/// The one validation boundary, over random models: whatever a model file, the
/// store or an establishment CSV accepts opens again unchanged, and a random bad
/// value is refused everywhere with a message that says where it is.
class BoundaryPropertiesTest {
    private static final Model BURY = Samples.load("bury-cyp-2024");
    /// Letters people type in titles and names, with the ones that trouble CSV and spreadsheets.
    private static final String ALPHABET = "abcdefghij KLMNOP,\";=+-@&é–£()/";

    @Property(tries = 60)
    void aRandomValidModel_savedExportedAndReopened_isTheSame(@ForAll long seed, @ForAll @IntRange(min = 1, max = 40) int size) throws Exception {
        Model m = randomModel(new Random(seed), size);
        assertThat(ModelValidator.validate(m)).isEmpty();

        assertThat(ModelFiles.fromJson(ModelFiles.toJson(m))).isEqualTo(m);

        try (ModelStore store = ModelStore.inMemory("boundary-" + Long.toHexString(seed) + "-" + size)) {
            store.saveModel(m);
            assertThat(store.loadModel(m.id())).contains(m);
        }

        for (Scenario s : m.scenarios()) {
            ImportSource csv = ImportSource.of("export.csv", EstablishmentExport.write(m, s));
            ColumnMapping mapping = EstablishmentImport.preview(csv, "", 1).value().orElseThrow().guess();
            ImportResult<EstablishmentImport.Imported> r = EstablishmentImport.importInto(m, csv, mapping,
                    ImportOptions.defaults().withScenarioName("Again"), Progress.NONE);
            assertThat(r.report().errors()).isEmpty();
            Model withImport = r.value().orElseThrow().model();
            assertThat(ModelFiles.fromJson(ModelFiles.toJson(withImport))).isEqualTo(withImport);
            assertThat(r.value().orElseThrow().scenario().posts().stream().map(p -> p.withProvenance(Provenance.NONE)).toList())
                    .isEqualTo(s.posts().stream().map(p -> p.withProvenance(Provenance.NONE)).toList());
        }
    }

    @Property(tries = 60)
    void aRandomBadValue_isRefusedByModelFileAndStore_sayingWhere(@ForAll long seed, @ForAll @IntRange(min = 0, max = 6) int kind) {
        Random random = new Random(seed);
        Model good = randomModel(random, 2 + random.nextInt(20));
        Scenario s = good.scenarios().get(random.nextInt(good.scenarios().size()));
        Post victim = List.copyOf(s.posts()).get(random.nextInt(s.size()));
        String where;
        Model bad;
        switch (kind) {
            case 0 -> {
                bad = good.withScenario(s.with(victim.withFte(new BigDecimal("-0.5"), 1)));
                where = "post " + victim.key();
            }
            case 1 -> {
                bad = good.withScenario(s.with(victim.withFte(new BigDecimal("0.1234567891"), 1)));
                where = "post " + victim.key();
            }
            case 2 -> {
                bad = good.withScenario(s.with(victim.withManager("NO-SUCH-MANAGER")));
                where = "post " + victim.key();
            }
            case 3 -> {
                bad = good.withScenario(s.with(victim.withReplaces(List.of("NO-SUCH-POST"))));
                where = "NO-SUCH-POST";
            }
            case 4 -> {
                Scenario base = good.baseline();
                bad = replaceScenario(good, base, new Scenario(base.id(), base.name(), good.scenarios().getLast().id(), null, false,
                        base.posts()));
                where = "scenario";
            }
            case 5 -> {
                bad = good.withScenario(s.with(victim.withGrade("no-such-grade")));
                where = "post " + victim.key();
            }
            default -> {
                PayScale scale = good.payScales().stream().filter(p -> !p.bands().isEmpty()).findFirst().orElseThrow();
                String code = scale.bands().keySet().iterator().next();
                java.util.Map<String, PayScale.Band> bands = new java.util.TreeMap<>(scale.bands());
                bands.put(code, new PayScale.Band(Money.parse("-20000.00"), scale.bands().get(code).max()));
                PayScale broken = new PayScale(scale.id(), scale.family(), scale.effectiveFrom(), scale.points(), bands, scale.provenance());
                List<PayScale> scales = new ArrayList<>(good.payScales());
                scales.set(scales.indexOf(scale), broken);
                bad = new Model(good.id(), good.name(), good.organisation(), good.directorate(), good.divisions(), scales, good.grades(),
                        good.scenarios(), good.costSettings(), good.glossary());
                where = "band " + code;
            }
        }
        assertThat(ModelValidator.validate(bad)).as("kind %d", kind).isNotEmpty()
                .anySatisfy(p -> assertThat(p.toString()).contains(where));

        Throwable fromFile = catchThrowable(() -> ModelFiles.fromJson(ModelFiles.toJson(bad)));
        assertThat(fromFile).isInstanceOf(ModelFileException.class);
        // A value JSON cannot hold is refused at its JSON path; any other by the rule it breaks, naming the post or scenario.
        assertThat(fromFile.getMessage()).satisfiesAnyOf(msg -> assertThat(msg).contains(where), msg -> assertThat(msg).contains("at $.model."));

        try (ModelStore store = ModelStore.inMemory("bad-" + Long.toHexString(seed) + "-" + kind)) {
            assertThat(catchThrowable(() -> store.saveModel(bad))).isInstanceOf(InvalidModelException.class).hasMessageContaining(where);
            assertThat(store.listModels()).isEmpty();
        }
    }

    private static Model replaceScenario(Model m, Scenario old, Scenario replacement) {
        List<Scenario> scenarios = new ArrayList<>(m.scenarios());
        scenarios.set(scenarios.indexOf(old), replacement);
        return new Model(m.id(), m.name(), m.organisation(), m.directorate(), m.divisions(), m.payScales(), m.grades(), scenarios,
                m.costSettings(), m.glossary());
    }

    /// Bury's grades, divisions and costs, with a random baseline and a proposal derived from it.
    static Model randomModel(Random random, int size) {
        List<Post> posts = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            String manager = i == 0 ? "" : "K" + random.nextInt(i);
            Grade grade = BURY.grades().get(random.nextInt(BURY.grades().size()));
            String division = BURY.divisions().get(random.nextInt(BURY.divisions().size())).id();
            Post p = Post.of("K" + i, text(random), division, manager, grade.id());
            int headcount = 1 + (random.nextInt(4) == 0 ? random.nextInt(12) : 0);
            BigDecimal fte = BigDecimal.valueOf(1 + random.nextInt(headcount * 1_000_000), 6).stripTrailingZeros();
            p = p.withFte(fte, headcount);
            Occupancy occupancy = Occupancy.values()[random.nextInt(Occupancy.values().length)];
            p = p.withOccupancy(occupancy, occupancy == Occupancy.VACANT || random.nextBoolean() ? "" : text(random), null);
            if (random.nextInt(3) == 0) {
                p = p.withNotes(text(random));
            }
            posts.add(p);
        }
        Scenario current = new Scenario("current", "Current " + text(random), "", null, true, posts);
        Scenario proposed = current.deriveProposal("proposed", "Proposed " + text(random));
        Post added = Post.of("NEW" + size, text(random), current.posts().iterator().next().divisionId(), "K0",
                BURY.grades().getFirst().id()).withReplaces(List.of("K" + random.nextInt(size)));
        proposed = proposed.with(added);
        return new Model("random", "Random " + size, "Somewhere", "", BURY.divisions(), BURY.payScales(), BURY.grades(),
                List.of(current, proposed), BURY.costSettings(), BURY.glossary());
    }

    /// Text with no space at either end or two together, as an import would clean it; never only a number.
    private static String text(Random random) {
        StringBuilder b = new StringBuilder();
        int n = 1 + random.nextInt(12);
        for (int i = 0; i < n; i++) {
            char c = ALPHABET.charAt(random.nextInt(ALPHABET.length()));
            if (c == ' ' && (b.isEmpty() || b.charAt(b.length() - 1) == ' ' || i == n - 1)) {
                c = 'x';
            }
            b.append(c);
        }
        return b + "z";
    }
}
