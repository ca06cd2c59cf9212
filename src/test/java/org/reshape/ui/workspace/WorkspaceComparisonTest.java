package org.reshape.ui.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.reshape.change.ChangeKind;
import org.reshape.costing.BridgeLine;
import org.reshape.costing.Comparison;
import org.reshape.costing.Costing;
import org.reshape.domain.Model;
import org.reshape.domain.SalaryBasis;
import org.reshape.store.ModelStore;
import org.reshape.ui.BuryWorkspace;
import org.reshape.ui.edit.EditActions;

/// The comparison the window shows follows each edit, redone for the posts the edit touched
/// only, and is always the one a full costing of the same model gives.
class WorkspaceComparisonTest {
    private ModelStore store;
    private Workspace workspace;
    private EditActions actions;

    @BeforeEach
    void open() {
        BuryWorkspace open = BuryWorkspace.open("workspace-comparison");
        store = open.store();
        workspace = open.workspace();
        actions = open.actions();
    }

    @AfterEach
    void close() {
        store.close();
    }

    private Comparison full() {
        Model m = workspace.model();
        return new Costing(m, workspace.settings()).compare(workspace.base().orElseThrow(), workspace.proposal().orElseThrow());
    }

    @Test
    void disestablishThenUndo_showsTheSavingAndTakesItBack_asAFullCostingWould() {
        Comparison before = workspace.comparison();
        assertThat(before).isEqualTo(full());

        assertThat(actions.disestablish("proposed", "SMEY", "")).isTrue();
        Comparison after = workspace.comparison();
        assertThat(after).isEqualTo(full());
        BridgeLine line = after.bridge().stream().filter(l -> l.key().equals("SMEY")).findFirst().orElseThrow();
        assertThat(line.kinds()).contains(ChangeKind.DISESTABLISHED);
        assertThat(after.difference()).isEqualTo(before.difference().plus(line.total())
                .minus(before.bridge().stream().filter(l -> l.key().equals("SMEY")).map(BridgeLine::total)
                        .reduce(org.reshape.domain.Money.ZERO, org.reshape.domain.Money::plus)));

        assertThat(actions.editor().undo()).isTrue();
        assertThat(workspace.comparison()).isEqualTo(full()).isEqualTo(before);
    }

    @Test
    void costSettingsAndMoves_inAnyOrder_giveTheFullCosting() {
        assertThat(actions.moveUnder("proposed", "SMEY", "HFH", false)).isTrue();
        workspace.comparison();
        assertThat(actions.setCostSettings(workspace.settings().withBasis(SalaryBasis.BOTTOM))).isTrue();
        assertThat(actions.disestablish("proposed", "SMEY", "")).isTrue();
        // two edits between two looks at the comparison: both are in it
        assertThat(actions.editor().undo()).isTrue();
        assertThat(actions.editor().undo()).isTrue();
        assertThat(workspace.comparison()).isEqualTo(full());
        assertThat(workspace.comparison().changes().change("SMEY")).isPresent();
    }
}
