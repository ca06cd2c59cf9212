package org.reshape.ui.app;

import java.util.Optional;
import org.reshape.ui.chart.ChartPane;
import org.reshape.ui.chart.DropPolicy;
import org.reshape.ui.edit.EditActions;

/// Drag and drop on one chart, turned into the edit actions of the scenario it shows.
final class ChartDrops implements DropPolicy {
    private final EditActions actions;
    private final ChartPane pane;

    ChartDrops(EditActions actions, ChartPane pane) {
        this.actions = actions;
        this.pane = pane;
    }

    @Override
    public boolean canDrag(String key) {
        String id = pane.scenarioId();
        if (id == null) {
            return false;
        }
        Optional<String> why = actions.whyReadOnly(id);
        why.ifPresent(w -> actions.editor().refuse("Not moved: " + w));
        return why.isEmpty();
    }

    @Override
    public Optional<String> whyNot(String dragged, String target) {
        return actions.whyNotMove(pane.scenarioId(), dragged, target);
    }

    @Override
    public void dropOnCard(String dragged, String target, boolean alone) {
        actions.moveUnder(pane.scenarioId(), dragged, target, alone);
    }

    @Override
    public void dropOnDivision(String dragged, String divisionId) {
        actions.moveToDivision(pane.scenarioId(), dragged, divisionId);
    }

    @Override
    public void refused(String reason) {
        actions.editor().refuse("Not moved: " + reason);
    }
}
