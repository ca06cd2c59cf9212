package org.reshape.edit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.reshape.domain.Division;
import org.reshape.domain.Model;
import org.reshape.domain.Money;
import org.reshape.domain.Post;
import org.reshape.domain.Scenario;
import org.reshape.io.Samples;
import org.reshape.store.ModelStore;

/// A command writes the rows it touched and no others, on a real H2 file's
/// engine: another writer's changes to rows the command never loaded (a post
/// added or retitled in another window, a division recoloured) survive it,
/// both ways, undo included.
class TouchedRowsTest {
    private static final String MODEL = StoredBury.MODEL;
    private final StoredBury bury = new StoredBury();
    private final ModelStore store = bury.store;
    private final Edits edits = bury.edits;

    @AfterEach
    void close() {
        bury.close();
    }

    private Scenario stored(String id) {
        return store.loadModel(MODEL).orElseThrow().scenario(id).orElseThrow();
    }

    /// Another window, on the same file, changes rows this window has not loaded.
    private void elsewhere(Post added, Post retitled) {
        store.savePost(MODEL, "proposed", added);
        store.savePost(MODEL, "proposed", retitled);
    }

    @Test
    void move_writesOnlyTheMovedPosts_andLeavesOtherWritersRowsAlone() {
        Post stranger = Post.of("X1", "Head of Virtual Schools Outreach", "es", "DES", bury.shown.grades().getFirst().id());
        Post otherTitle = bury.shown.scenario("proposed").orElseThrow().post("HCC").withTitle("Head of Commissioning (renamed elsewhere)");
        elsewhere(stranger, otherTitle);

        assertThat(edits.moveUnder("proposed", "SMEY", "HFH", true, false)).isTrue();

        Scenario after = stored("proposed");
        assertThat(after.post("SMEY").managerKey()).isEqualTo("HFH");
        assertThat(after.post("X1")).as("a post this window never loaded").isEqualTo(stranger);
        assertThat(after.post("HCC").title()).isEqualTo("Head of Commissioning (renamed elsewhere)");
        assertThat(bury.history.undo()).isTrue();
        after = stored("proposed");
        assertThat(after.post("SMEY").managerKey()).isEqualTo("HEH");
        assertThat(after.post("X1")).isEqualTo(stranger);
        assertThat(after.post("HCC").title()).isEqualTo("Head of Commissioning (renamed elsewhere)");
    }

    @Test
    void disestablish_andItsUndo_touchOnlyThePostAndItsReports() {
        Post otherTitle = bury.shown.scenario("proposed").orElseThrow().post("HIR").withTitle("Head of Integrated Response");
        store.savePost(MODEL, "proposed", otherTitle);

        PostsCommand c = new PostsCommand("Disestablish", bury.shown.scenario("proposed").orElseThrow(),
                org.reshape.domain.StructureEdits.disestablish(bury.shown.scenario("proposed").orElseThrow(), "HEH", ""));
        assertThat(c.touched().keys("proposed")).containsExactlyInAnyOrder("HEH", "HFH", "SMFR", "SMEY");
        assertThat(c.touched().touches("current")).isFalse();
        assertThat(bury.history.execute(c)).isTrue();
        assertThat(stored("proposed").contains("HEH")).isFalse();
        assertThat(stored("proposed").post("HIR").title()).isEqualTo("Head of Integrated Response");

        bury.history.undo();
        assertThat(stored("proposed").post("HEH")).isEqualTo(Samples.load(MODEL).scenario("proposed").orElseThrow().post("HEH"));
        assertThat(stored("proposed").post("HIR").title()).isEqualTo("Head of Integrated Response");
    }

    @Test
    void renameAndLock_writeTheScenarioRowOnly_notItsPosts() {
        Post stranger = Post.of("X2", "Data Lead", "sar", "HSAR", bury.shown.grades().getFirst().id());
        store.savePost(MODEL, "proposed", stranger);

        assertThat(edits.rename("proposed", "Option A")).isTrue();
        assertThat(edits.setLocked("proposed", true)).isTrue();

        assertThat(stored("proposed").name()).isEqualTo("Option A");
        assertThat(stored("proposed").locked()).isTrue();
        assertThat(stored("proposed").post("X2")).isEqualTo(stranger);
    }

    @Test
    void budget_writesThatDivisionOnly() {
        Division es = bury.shown.division("es").orElseThrow();
        Division recoloured = new Division(es.id(), es.name(), "#123456", es.renames(), es.budget());
        store.transaction(MODEL, tx -> tx.putDivision(recoloured));

        assertThat(edits.setBudget("sar", Money.ofPounds(250_000))).isTrue();

        Model stored = store.loadModel(MODEL).orElseThrow();
        assertThat(stored.division("sar").orElseThrow().budget()).isEqualTo(Money.ofPounds(250_000));
        assertThat(stored.division("es").orElseThrow().colour()).isEqualTo("#123456");
        assertThat(stored.divisions()).extracting(Division::id)
                .as("the order is kept").containsExactlyElementsOf(bury.shown.divisions().stream().map(Division::id).toList());
        bury.history.undo();
        assertThat(store.loadModel(MODEL).orElseThrow().division("sar").orElseThrow().budget()).isNull();
        assertThat(store.loadModel(MODEL).orElseThrow().division("es").orElseThrow().colour()).isEqualTo("#123456");
    }

    @Test
    void newProposal_isInserted_andItsUndoDeletesOnlyIt() {
        String id = edits.newProposal("current", "Option B").orElseThrow();
        assertThat(bury.history.undoName()).contains("New proposal Option B");
        assertThat(stored(id).posts()).extracting(Post::key)
                .containsExactlyElementsOf(stored("current").posts().stream().map(Post::key).toList());
        assertThat(stored(id)).isEqualTo(bury.shown.scenario(id).orElseThrow());
        bury.history.undo();
        assertThat(store.loadModel(MODEL).orElseThrow().scenario(id)).isEmpty();
        assertThat(store.loadModel(MODEL).orElseThrow()).isEqualTo(Samples.load(MODEL));
    }

    @Test
    void eachCommand_saysWhatItTouched() {
        List<Touched> seen = new java.util.ArrayList<>();
        History watched = new History(store, () -> bury.shown, (m, t) -> {
            bury.shown = m;
            seen.add(t);
        });
        Edits e = new Edits(watched);
        e.moveToDivision("proposed", "BS", "es");
        e.setBudget("es", Money.ofPounds(1));
        e.rename("proposed", "Option A");
        e.setGlossary(java.util.Map.of("LADO", "Local Authority Designated Officer"));

        assertThat(seen.get(0).keys("proposed")).contains("BS");
        assertThat(seen.get(0).touches("current")).isFalse();
        assertThat(seen.get(1).parts()).containsExactly(Touched.Part.DIVISIONS);
        assertThat(seen.get(1).touchesModel()).isTrue();
        assertThat(seen.get(2).scenarios()).containsExactly("proposed");
        assertThat(seen.get(2).posts()).isEmpty();
        assertThat(seen.get(3).parts()).containsExactly(Touched.Part.GLOSSARY);
        assertThat(seen.get(3).touchesModel()).isFalse();
    }
}
