package org.reshape.ui.inspector;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.reshape.store.ModelStore;
import org.reshape.ui.BuryWorkspace;
import org.reshape.ui.edit.EditActions;
import org.reshape.ui.workspace.Mode;
import org.reshape.ui.workspace.Workspace;

/// The inspector's decisions, without a window: which post it shows, whether it
/// can be edited and why not, and what Apply saves.
class InspectorViewModelTest {
    private ModelStore store;
    private Workspace workspace;
    private EditActions actions;
    private final InspectorViewModel vm = new InspectorViewModel();

    @BeforeEach
    void open() {
        BuryWorkspace open = BuryWorkspace.open("inspector-vm");
        store = open.store();
        workspace = open.workspace();
        actions = open.actions();
    }

    @AfterEach
    void close() {
        store.close();
    }

    private void select(String key) {
        workspace.selectedKeyProperty().set(key);
        vm.show(workspace, actions::whyReadOnly);
    }

    @Test
    void aPostOfTheProposal_isEditable_andApplySavesTheEdit() {
        select("SMEY");
        assertThat(vm.headingProperty().get()).isEqualTo("Service Manager (Early Years) — " + workspace.proposal().orElseThrow().name());
        assertThat(vm.editableProperty().get()).isTrue();
        assertThat(vm.readOnlyBecauseProperty().get()).isEmpty();
        assertThat(vm.sourceProperty().get()).startsWith("Key SMEY");

        vm.titleProperty().set("Head of Early Years");
        assertThat(vm.apply(actions::editPost)).isTrue();
        assertThat(workspace.model().scenario("proposed").orElseThrow().post("SMEY").title()).isEqualTo("Head of Early Years");
        assertThat(store.loadModel("bury-cyp-2024").orElseThrow().scenario("proposed").orElseThrow().post("SMEY").title())
                .isEqualTo("Head of Early Years");
    }

    @Test
    void aWrongField_isNamed_andApplySavesNothing() {
        select("SMEY");
        vm.fteProperty().set("nought point five");
        assertThat(vm.problemsProperty().get()).containsEntry(InspectorViewModel.FTE, "FTE must be a number such as 1, 0.5 or 30");
        assertThat(vm.apply(actions::editPost)).isFalse();
        assertThat(workspace.model().scenario("proposed").orElseThrow().post("SMEY").fte()).isEqualByComparingTo("1");
    }

    @Test
    void theLockedBaseline_isReadOnly_andSaysHowToUnlockIt() {
        workspace.modeProperty().set(Mode.CURRENT);
        select("SMEY");
        assertThat(vm.editableProperty().get()).isFalse();
        assertThat(vm.headingProperty().get()).endsWith("(read-only)");
        assertThat(vm.readOnlyBecauseProperty().get()).contains("locked as the baseline").contains("Scenario ▸ Unlock");
        vm.titleProperty().set("Something else");
        assertThat(vm.apply(actions::editPost)).isFalse();
        assertThat(workspace.model().baseline().post("SMEY").title()).isEqualTo("Service Manager (Early Years)");
    }

    @Test
    void aPostTheProposalDisestablished_isShownFromTheBaseline_readOnly() {
        assertThat(actions.disestablish("proposed", "CRS", "")).isTrue();
        select("CRS");
        assertThat(vm.scenarioId()).isEqualTo(workspace.base().orElseThrow().id());
        assertThat(vm.editableProperty().get()).isFalse();
        assertThat(vm.readOnlyBecauseProperty().get()).contains("disestablished");
        assertThat(vm.headingProperty().get()).startsWith("Children's Rights Service team — ").endsWith("(read-only)");

        select(null);
        assertThat(vm.headingProperty().get()).isEqualTo("Select a post to see and edit it");
        assertThat(vm.apply(actions::editPost)).isFalse();
    }
}
