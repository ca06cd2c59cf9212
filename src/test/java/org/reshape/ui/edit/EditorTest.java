package org.reshape.ui.edit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.reshape.domain.Model;
import org.reshape.domain.Post;
import org.reshape.domain.Scenario;
import org.reshape.store.ModelStore;
import org.reshape.ui.BuryWorkspace;
import org.reshape.ui.workspace.Workspace;

/// Commands, undo and redo, and that each is in the store as soon as it is made.
class EditorTest {
    private ModelStore store;
    private Workspace workspace;
    private EditActions actions;

    @BeforeEach
    void open() {
        BuryWorkspace open = BuryWorkspace.open("editor-test");
        store = open.store();
        workspace = open.workspace();
        actions = open.actions();
    }

    @AfterEach
    void close() {
        store.close();
    }

    private Scenario stored(String id) {
        return store.loadModel("bury-cyp-2024").orElseThrow().scenario(id).orElseThrow();
    }

    private Scenario shown(String id) {
        return workspace.model().scenario(id).orElseThrow();
    }

    @Test
    void move_isSavedAtOnce_andUndoRedoFollowTheStore() {
        assertThat(actions.moveUnder("proposed", "SMEY", "HFH", false)).isTrue();
        assertThat(shown("proposed").post("SMEY").managerKey()).isEqualTo("HFH");
        assertThat(stored("proposed").post("SMEY").managerKey()).isEqualTo("HFH");
        assertThat(actions.editor().undoNameProperty().get()).isEqualTo("Move Service Manager (Early Years) under Head of Service (Family Help)");

        assertThat(actions.editor().undo()).isTrue();
        assertThat(shown("proposed").post("SMEY").managerKey()).isEqualTo("HEH");
        assertThat(stored("proposed")).isEqualTo(shown("proposed"));
        assertThat(actions.editor().redoNameProperty().get()).startsWith("Move Service Manager (Early Years)");

        assertThat(actions.editor().redo()).isTrue();
        assertThat(stored("proposed").post("SMEY").managerKey()).isEqualTo("HFH");
    }

    @Test
    void cycle_isRefused_andNothingChanges() {
        Model before = workspace.model();
        assertThat(actions.moveUnder("proposed", "DSC", "SMFR", false)).isFalse();
        assertThat(actions.editor().messageProperty().get())
                .isEqualTo("Not moved: Service Manager (Family Resource) reports, directly or through others, to "
                        + "Director of Social Care & Early Help, so Director of Social Care & Early Help cannot report to it");
        assertThat(workspace.model()).isSameAs(before);
        assertThat(actions.editor().canUndoProperty().get()).isFalse();
    }

    @Test
    void lockedBaseline_isReadOnlyUntilUnlocked() {
        assertThat(actions.moveUnder("current", "SMEY", "HFH", false)).isFalse();
        assertThat(actions.editor().messageProperty().get()).contains("Current structure is locked as the baseline");
        assertThat(actions.setLocked("current", false)).isTrue();
        assertThat(actions.moveUnder("current", "SMEY", "HFH", false)).isTrue();
        assertThat(stored("current").post("SMEY").managerKey()).isEqualTo("HFH");
    }

    @Test
    void disestablishThenUndo_restoresThePostInItsPlace() {
        List<String> order = shown("proposed").posts().stream().map(Post::key).toList();
        assertThat(actions.disestablish("proposed", "HEH", "")).isTrue();
        assertThat(stored("proposed").contains("HEH")).isFalse();
        assertThat(stored("proposed").post("HFH").managerKey()).isEqualTo("DSC");
        actions.editor().undo();
        assertThat(shown("proposed").posts().stream().map(Post::key).toList()).isEqualTo(order);
        assertThat(stored("proposed").posts().stream().map(Post::key).toList()).isEqualTo(order);
    }

    @Test
    void mergeAndEdit_areCommandsLikeAnyOther() {
        String merged = actions.merge("proposed", "SMFR", "SMEY", "Service Manager (Family Resource & Early Years)").orElseThrow();
        assertThat(stored("proposed").post(merged).replaces()).containsExactly("SMFR", "SMEY");
        Post edited = shown("proposed").post(merged).withTitle("Service Manager (Families)");
        assertThat(actions.editPost("proposed", edited)).isTrue();
        assertThat(stored("proposed").post(merged).title()).isEqualTo("Service Manager (Families)");
        actions.editor().undo();
        actions.editor().undo();
        assertThat(stored("proposed").contains(merged)).isFalse();
        assertThat(stored("proposed").contains("SMFR")).isTrue();
    }

    @Test
    void scenarios_canBeCreatedRenamedDuplicatedAndDeleted_withUndo() {
        String id = actions.newProposal("current", "Option B").orElseThrow();
        assertThat(workspace.proposalIdProperty().get()).isEqualTo(id);
        assertThat(stored(id).size()).isEqualTo(23);
        assertThat(stored(id).baseId()).isEqualTo("current");
        assertThat(actions.rename(id, "Option B (revised)")).isTrue();
        assertThat(stored(id).name()).isEqualTo("Option B (revised)");
        String copy = actions.duplicate(id, "Option C").orElseThrow();
        assertThat(stored(copy).baseId()).isEqualTo("current");
        assertThat(actions.delete(copy)).isTrue();
        assertThat(store.loadModel("bury-cyp-2024").orElseThrow().scenario(copy)).isEmpty();
        actions.editor().undo();
        assertThat(stored(copy).name()).isEqualTo("Option C");
        assertThat(actions.delete("current")).as("a base with proposals").isFalse();
    }

    @Test
    void glossary_isEditedAsACommand_savedAtOnce_andUndone() throws Exception {
        var glossary = new java.util.TreeMap<>(workspace.model().glossary());
        glossary.put("HSWQA", "Head of Service (Social Work Development & Quality Assurance)");
        assertThat(actions.setGlossary(glossary)).isTrue();
        assertThat(store.loadModel("bury-cyp-2024").orElseThrow().glossary()).containsEntry("HSWQA",
                "Head of Service (Social Work Development & Quality Assurance)");
        actions.editor().undo();
        assertThat(store.loadModel("bury-cyp-2024").orElseThrow().glossary()).doesNotContainKey("HSWQA");
    }

    @Test
    void comparison_followsEachCommand() {
        var before = workspace.comparison();
        var deputy = before.proposal().post("DHVS").total();
        actions.disestablish("proposed", "DHVS", "");
        assertThat(workspace.comparison().difference()).isEqualTo(before.difference().minus(deputy));
        assertThat(workspace.comparison().changes().change("DHVS")).isEmpty();
        assertThat(workspace.comparison().bridgeTotal()).isEqualTo(workspace.comparison().difference());
    }
}
