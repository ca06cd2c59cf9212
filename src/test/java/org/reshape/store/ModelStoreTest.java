package org.reshape.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.reshape.store.TestModels.BASELINE;
import static org.reshape.store.TestModels.MODEL_ID;
import static org.reshape.store.TestModels.PROPOSAL;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.reshape.domain.CostSettings;
import org.reshape.domain.Division;
import org.reshape.domain.FinancialYear;
import org.reshape.domain.Model;
import org.reshape.domain.Post;
import org.reshape.domain.SalaryBasis;
import org.reshape.domain.Scenario;

/// Whole-model operations on a real (in-memory) H2 database.
class ModelStoreTest {
    private final String name = "test-" + UUID.randomUUID();
    private ModelStore store;

    @BeforeEach
    void open() {
        store = ModelStore.inMemory(name);
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void saveModel_thenLoad_givesAnEqualModel() {
        Model model = TestModels.rich();

        store.saveModel(model);
        Model loaded = store.loadModel(MODEL_ID).orElseThrow();

        assertThat(loaded).isEqualTo(model);
        // Scenario.equals compares posts in order, but check the order is really the stored one.
        assertThat(loaded.scenario(PROPOSAL).orElseThrow().posts()).extracting(Post::key)
                .containsExactly("P1", "P2", "N1", "P6", "N2");
        assertThat(loaded.scenarios()).extracting(Scenario::id).containsExactly(BASELINE, PROPOSAL);
    }

    @Test
    void saveModel_twice_replacesEveryRowOfTheFirst() {
        Model first = TestModels.rich();
        store.saveModel(first);
        Scenario onlyBaseline = TestModels.baseline().withPosts(TestModels.baseline().posts().stream()
                .map(p -> p.withReplaces(List.of())).toList());
        Model second = new Model(MODEL_ID, "Renamed", "", "", first.divisions(), first.payScales(), first.grades(),
                List.of(onlyBaseline), null, Map.of("SEND", "changed"));
        assertThat(second.scenarios()).hasSizeLessThan(first.scenarios().size());

        store.saveModel(second);

        assertThat(store.loadModel(MODEL_ID)).contains(second);
        assertThat(store.listModels()).singleElement().extracting(ModelSummary::name).isEqualTo("Renamed");
    }

    @Test
    void saveModel_withoutCostSettingsOrNiRules_loadsTheSame() {
        Model none = TestModels.rich().withCostSettings(null);
        CostSettings noNi = new CostSettings(SalaryBasis.ACTUAL, new FinancialYear(2025), Map.of(), BigDecimal.ZERO,
                BigDecimal.ZERO, true);
        Model emptyNi = new Model("other", "Other", null, null, List.of(), List.of(), List.of(), List.of(), noNi, null);

        store.saveModel(none);
        store.saveModel(emptyNi);

        assertThat(store.loadModel(MODEL_ID)).contains(none);
        assertThat(store.loadModel("other")).contains(emptyNi);
    }

    @Test
    void saveModel_keepsTwoModelsApart() {
        Model a = TestModels.rich();
        Model b = new Model("second", "Second", "Org", "Dir", a.divisions(), a.payScales(), a.grades(),
                List.of(TestModels.baseline()), a.costSettings(), a.glossary());

        store.saveModel(a);
        store.saveModel(b);
        store.deleteScenario("second", BASELINE);

        assertThat(store.loadModel(MODEL_ID)).contains(a);
        assertThat(store.loadModel("second").orElseThrow().scenarios()).isEmpty();
    }

    @Test
    void loadModel_ofUnknownId_isEmpty() {
        assertThat(store.loadModel("nope")).isEmpty();
    }

    @Test
    void listModels_showsEachModelWithItsLastChangeFirst() throws InterruptedException {
        store.saveModel(TestModels.rich());
        store.saveModel(new Model("b", "Second model", "", "", List.of(), List.of(), List.of(), List.of(), null, null));
        ModelSummary before = store.listModels().getLast();
        Thread.sleep(5);

        store.saveScenarioMeta(MODEL_ID, TestModels.baseline().withName("Current structure (2023)"));

        List<ModelSummary> after = store.listModels();
        assertThat(after).extracting(ModelSummary::id).containsExactly(MODEL_ID, "b");
        assertThat(after.getFirst().updated()).isAfter(before.updated());
    }

    @Test
    void deleteModel_removesItAndSaysWhetherItWasThere() {
        store.saveModel(TestModels.rich());

        assertThat(store.deleteModel(MODEL_ID)).isTrue();
        assertThat(store.deleteModel(MODEL_ID)).isFalse();
        assertThat(store.loadModel(MODEL_ID)).isEmpty();
        assertThat(store.listModels()).isEmpty();
    }

    @Test
    void saveScenario_replacesAnExistingOneInPlace_andAppendsANewOne() {
        Model model = TestModels.rich();
        store.saveModel(model);
        Scenario smaller = TestModels.baseline().without("P4").withName("Current (revised)");
        Scenario copy = TestModels.proposal().deriveProposal("option-b", "Option B");

        store.saveScenario(MODEL_ID, smaller);
        store.saveScenario(MODEL_ID, copy);

        assertThat(store.loadModel(MODEL_ID)).contains(model.withScenario(smaller).withScenario(copy));
    }

    @Test
    void saveScenario_ofAStoredScenario_keepsTheNewOrderAndEveryChange() {
        Model model = TestModels.rich();
        store.saveModel(model);
        Scenario p = TestModels.proposal();
        Scenario reordered = p.withPosts(List.of(p.post("N2"), p.post("P1"), p.post("P6").withTitle("Admin team"),
                Post.of("N9", "Head of Inclusion", "education", "P1", "eip-23-26"), p.post("N1")));

        store.saveScenario(MODEL_ID, reordered);
        store.saveScenario(MODEL_ID, reordered); // saving it unchanged again changes nothing

        assertThat(store.loadModel(MODEL_ID)).contains(model.withScenario(reordered));
    }

    @Test
    void saveScenario_withMostPostsChanged_keepsTheUnchangedOnesToo() {
        Model model = TestModels.rich();
        store.saveModel(model);
        Scenario p = TestModels.proposal();
        // P1 and P2 stay as they are; the other three change, so most rows are rewritten.
        Scenario mostlyNew = p.withPosts(List.of(p.post("P1"), p.post("P2"), p.post("N2").withNotes("moved up"),
                p.post("N1").withTitle("Head of QA"), Post.of("N9", "Head of Inclusion", "education", "P1", "")));

        store.saveScenario(MODEL_ID, mostlyNew);

        assertThat(store.loadModel(MODEL_ID)).contains(model.withScenario(mostlyNew));
    }

    @Test
    void saveScenarioMeta_changesNameLockAndDate_butNotPosts() {
        store.saveModel(TestModels.rich());
        Scenario meta = new Scenario(PROPOSAL, "Proposal (final)", BASELINE, LocalDate.of(2024, 6, 1), true, List.of());

        store.saveScenarioMeta(MODEL_ID, meta);

        Scenario loaded = store.loadModel(MODEL_ID).orElseThrow().scenario(PROPOSAL).orElseThrow();
        assertThat(loaded).isEqualTo(TestModels.proposal().withName("Proposal (final)")
                .withImplementationDate(LocalDate.of(2024, 6, 1)).withLocked(true));
    }

    @Test
    void saveScenarioMeta_ofUnknownScenario_failsSayingWhich() {
        store.saveModel(TestModels.rich());

        assertThatThrownBy(() -> store.saveScenarioMeta(MODEL_ID, TestModels.baseline().deriveProposal("x", "X")))
                .isInstanceOf(StoreException.class).hasMessageContaining("no scenario x");
    }

    @Test
    void deleteScenario_removesItAndItsPosts() {
        Model model = TestModels.rich();
        store.saveModel(model);

        store.deleteScenario(MODEL_ID, PROPOSAL);

        assertThat(store.loadModel(MODEL_ID)).contains(model.withoutScenario(PROPOSAL));
    }

    @Test
    void saveCostSettingsDivisionsAndGlossary_eachReplaceTheirPart() {
        Model model = TestModels.rich();
        store.saveModel(model);
        CostSettings settings = CostSettings.defaults(new FinancialYear(2025)).withBasis(SalaryBasis.BOTTOM);
        List<Division> divisions = List.of(new Division("exec", "Executive", "#000000"));
        Map<String, String> glossary = Map.of("LGPS", "Local Government Pension Scheme");

        store.saveCostSettings(MODEL_ID, settings);
        store.saveDivisions(MODEL_ID, divisions);
        store.saveGlossary(MODEL_ID, glossary);

        assertThat(store.loadModel(MODEL_ID)).contains(
                model.withCostSettings(settings).withDivisions(divisions).withGlossary(glossary));
    }

    @Test
    void saveCostSettings_null_removesThem() {
        Model model = TestModels.rich();
        store.saveModel(model);

        store.saveCostSettings(MODEL_ID, null);

        assertThat(store.loadModel(MODEL_ID)).contains(model.withCostSettings(null));
    }

    @Test
    void aRateTooPreciseToStore_isRefusedNotRounded() {
        store.saveModel(TestModels.rich());
        CostSettings precise = CostSettings.defaults(new FinancialYear(2024)).withPensionRate(new BigDecimal("0.2112345"));

        assertThatThrownBy(() -> store.saveCostSettings(MODEL_ID, precise))
                .isInstanceOf(StoreException.class)
                .hasMessageStartingWith("Could not save the cost settings of model " + MODEL_ID + " in " + store.location())
                .hasMessageContaining("the pension rate 0.2112345 has more than 6 decimal places");
        assertThat(store.loadModel(MODEL_ID)).contains(TestModels.rich());
    }

    @Test
    void loadModel_ofDamagedData_saysWhatIsWrongAndWhere() throws SQLException {
        store.saveModel(TestModels.rich());
        try (Connection c = DriverManager.getConnection("jdbc:h2:mem:" + name, "sa", "")) {
            c.createStatement().execute("update post set occupancy = 'RETIRED' where post_key = 'P4'");
        }

        assertThatThrownBy(() -> store.loadModel(MODEL_ID))
                .isInstanceOf(StoreException.class)
                .hasMessageStartingWith("Could not load model " + MODEL_ID + " in " + store.location())
                .hasMessageContaining("post P4 of scenario current has 'RETIRED'");
    }

    @Test
    void changes_toAModelThatIsNotStored_failNamingTheModel() {
        assertThatThrownBy(() -> store.savePost("ghost", BASELINE, Post.of("P1", "Director", "", "", "")))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("no model ghost")
                .hasMessageContaining(store.location());
    }
}
