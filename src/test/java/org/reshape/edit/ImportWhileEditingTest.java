package org.reshape.edit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.reshape.domain.Division;
import org.reshape.domain.Grade;
import org.reshape.domain.Model;
import org.reshape.domain.Money;
import org.reshape.domain.Post;
import org.reshape.domain.Provenance;
import org.reshape.domain.Scenario;
import org.reshape.io.Samples;
import org.reshape.store.ModelStore;

/// An import runs for a while on the model as it was when it started; edits made
/// meanwhile must stay when it lands, and undo must take out just the import.
class ImportWhileEditingTest {
    private static final String MODEL = StoredBury.MODEL;
    private final StoredBury bury = new StoredBury();
    private final ModelStore store = bury.store;
    private final Edits edits = bury.edits;

    @AfterEach
    void close() {
        bury.close();
    }

    /// What an import of a small list with a division and a grade of its own makes from `m`.
    private static Model imported(Model m) {
        List<Division> divisions = new ArrayList<>(m.divisions());
        divisions.add(new Division("ld", "Learning Disabilities", "#336699"));
        List<Grade> grades = new ArrayList<>(m.grades());
        Grade g = m.grades().getFirst();
        grades.add(new Grade("imp-1", "Imported band 1", g.family(), g.minPoint(), g.maxPoint(), g.band(), Provenance.NONE));
        Scenario s = new Scenario("hr-export", "HR export", "", null, false, List.of(
                Post.of("E1", "Head of Learning Disabilities", "ld", "", "imp-1"),
                Post.of("E2", "Team Manager", "ld", "E1", "imp-1")));
        return m.withDivisions(divisions).withPayScalesAndGrades(m.payScales(), grades).withScenario(s);
    }

    @Test
    void anEditMadeWhileTheImportRan_staysWhenItLands_andUndoTakesOutOnlyTheImport() {
        Model started = bury.shown;
        Model made = imported(started); // in the background, from the snapshot
        assertThat(edits.setBudget("sar", Money.ofPounds(400_000))).isTrue(); // meanwhile, on the window
        assertThat(edits.moveUnder("proposed", "SMEY", "HFH", true, false)).isTrue();

        ImportCommand landed = edits.importFrom("Import HR export", started, made).orElseThrow();

        assertThat(landed.scenarios()).extracting(Scenario::id).containsExactly("hr-export");
        for (Model m : List.of(bury.shown, store.loadModel(MODEL).orElseThrow())) {
            assertThat(m.division("sar").orElseThrow().budget()).isEqualTo(Money.ofPounds(400_000));
            assertThat(m.scenario("proposed").orElseThrow().post("SMEY").managerKey()).isEqualTo("HFH");
            assertThat(m.scenario("hr-export").orElseThrow().size()).isEqualTo(2);
            assertThat(m.division("ld")).isPresent();
            assertThat(m.grade("imp-1")).isPresent();
        }
        assertThat(store.loadModel(MODEL).orElseThrow()).isEqualTo(bury.shown);

        bury.history.undo(); // the import
        for (Model m : List.of(bury.shown, store.loadModel(MODEL).orElseThrow())) {
            assertThat(m.scenario("hr-export")).isEmpty();
            assertThat(m.division("ld")).isEmpty();
            assertThat(m.grade("imp-1")).isEmpty();
            assertThat(m.division("sar").orElseThrow().budget()).as("the budget set meanwhile").isEqualTo(Money.ofPounds(400_000));
            assertThat(m.scenario("proposed").orElseThrow().post("SMEY").managerKey()).isEqualTo("HFH");
        }
        bury.history.undo(); // the move
        bury.history.undo(); // the budget
        assertThat(store.loadModel(MODEL).orElseThrow()).isEqualTo(Samples.load(MODEL));
        assertThat(bury.shown).isEqualTo(Samples.load(MODEL));

        bury.history.redo();
        bury.history.redo();
        bury.history.redo();
        assertThat(store.loadModel(MODEL).orElseThrow()).isEqualTo(bury.shown);
        assertThat(bury.shown.scenario("hr-export")).isPresent();
        assertThat(bury.shown.division("sar").orElseThrow().budget()).isEqualTo(Money.ofPounds(400_000));
    }

    @Test
    void aReplacingImport_rewritesOnlyTheScenarioItReplaces_andUndoPutsTheOldOneBack() {
        Model started = bury.shown;
        Scenario old = started.scenario("proposed").orElseThrow();
        Scenario replacement = new Scenario("proposed", "Proposed structure", old.baseId(), old.implementationDate(), false,
                old.posts().stream().filter(p -> !p.key().equals("HCC")).toList());
        Post stranger = Post.of("X9", "Posted elsewhere", "dir", "EDCYP", started.grades().getFirst().id());
        store.savePost(MODEL, "current", stranger); // another window, another scenario

        edits.importFrom("Import proposed", started, started.withScenario(replacement)).orElseThrow();

        Model stored = store.loadModel(MODEL).orElseThrow();
        assertThat(stored.scenario("proposed").orElseThrow().contains("HCC")).isFalse();
        assertThat(stored.scenario("proposed").orElseThrow().size()).isEqualTo(old.size() - 1);
        assertThat(stored.scenario("current").orElseThrow().post("X9")).isEqualTo(stranger);
        bury.history.undo();
        assertThat(store.loadModel(MODEL).orElseThrow().scenario("proposed").orElseThrow()).isEqualTo(old);
    }
}
