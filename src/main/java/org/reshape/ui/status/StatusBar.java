package org.reshape.ui.status;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.reshape.costing.Comparison;
import org.reshape.costing.Percent;
import org.reshape.ui.workspace.Workspace;

/// The totals of both scenarios and their difference, with the basis and year
/// they are costed on; recomputed whenever the data changes.
public final class StatusBar extends HBox {
    private final Label base = label("status-base");
    private final Label proposal = label("status-proposal");
    private final Label difference = label("status-difference");
    private final Label basis = label("status-basis");

    private final Label message = label("status-message");

    public StatusBar(Workspace workspace, org.reshape.ui.edit.Editor editor) {
        setId("status-bar");
        getStyleClass().add("status-bar");
        setSpacing(18);
        setAlignment(Pos.CENTER_LEFT);
        setPadding(new Insets(4, 10, 4, 10));
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        message.getStyleClass().add("status-message");
        message.textProperty().bind(editor.messageProperty());
        getChildren().addAll(base, proposal, difference, message, grow, basis);
        workspace.comparisonProperty().subscribe(this::show);
    }

    private static Label label(String id) {
        Label l = new Label();
        l.setId(id);
        return l;
    }

    private void show(Comparison c) {
        if (c == null) {
            base.setText("No proposal to compare");
            proposal.setText("");
            difference.setText("");
            basis.setText("");
            return;
        }
        base.setText(c.base().scenario().name() + ": " + c.base().total().total().format());
        proposal.setText(c.proposal().scenario().name() + ": " + c.proposal().total().total().format());
        difference.setText("Difference: " + c.difference().formatSigned());
        difference.getStyleClass().removeAll("saving", "cost");
        difference.getStyleClass().add(c.difference().signum() <= 0 ? "saving" : "cost");
        basis.setText(Percent.describe(c.settings()) + ", " + c.period());
    }
}
