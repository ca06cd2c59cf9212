package org.reshape.ui.status;

import java.util.List;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.OverrunStyle;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.reshape.costing.Comparison;
import org.reshape.costing.Percent;
import org.reshape.domain.Money;
import org.reshape.ui.workspace.Workspace;

/// The totals of both scenarios and the difference split as a council reports
/// it: the recurrent effect as the headline, the temporary cost in the year
/// beside it and the one-off total; then any posts left out of the totals,
/// the basis and year. Recomputed whenever the data changes.
///
/// Money labels never shrink below their text, so they are never elided; the
/// edit message and the basis give way first (their full text is in a tooltip).
public final class StatusBar extends HBox {
    private final Label base = money("status-base");
    private final Label proposal = money("status-proposal");
    private final Label recurrent = money("status-recurrent");
    private final Label temporary = money("status-temporary");
    private final Label oneOff = money("status-one-off");
    private final Label warnings = money("status-warnings");
    private final Label basis = label("status-basis");
    private final Label message = label("status-message");

    public StatusBar(Workspace workspace, org.reshape.ui.edit.Editor editor) {
        setId("status-bar");
        // never force the window wider than the screen: below 1366 px the basis and message go first
        setMinWidth(0);
        getStyleClass().add("status-bar");
        setSpacing(14);
        setAlignment(Pos.CENTER_LEFT);
        setPadding(new Insets(4, 10, 4, 10));
        message.getStyleClass().add("status-message");
        message.textProperty().bind(editor.messageProperty());
        message.setMinWidth(0);
        HBox.setHgrow(message, Priority.ALWAYS);
        message.setMaxWidth(Double.MAX_VALUE);
        basis.setMinWidth(0);
        basis.setTextOverrun(OverrunStyle.ELLIPSIS);
        recurrent.getStyleClass().add("status-headline");
        warnings.getStyleClass().add("status-warning");
        getChildren().addAll(base, proposal, recurrent, temporary, oneOff, warnings, message, basis);
        workspace.comparisonProperty().subscribe(this::show);
    }

    private static Label label(String id) {
        Label l = new Label();
        l.setId(id);
        return l;
    }

    private static Label money(String id) {
        Label l = label(id);
        l.setMinWidth(Region.USE_PREF_SIZE);
        return l;
    }

    /// The labels that carry amounts, which must always show their whole text.
    public List<Label> moneyLabels() {
        return List.of(base, proposal, recurrent, temporary, oneOff);
    }

    private void show(Comparison c) {
        if (c == null) {
            base.setText("No proposal to compare");
            List.of(proposal, recurrent, temporary, oneOff, warnings, basis).forEach(l -> l.setText(""));
            return;
        }
        base.setText(c.base().scenario().name() + ": " + c.base().total().total().format());
        proposal.setText(c.proposal().scenario().name() + ": " + c.proposal().total().total().format());
        Money r = c.recurrent().difference();
        recurrent.setText("Recurrent " + r.formatSigned());
        recurrent.getStyleClass().removeAll("saving", "cost");
        recurrent.getStyleClass().add(r.signum() <= 0 ? "saving" : "cost");
        temporary.setText("Temporary " + c.temporary().difference().formatSigned());
        oneOff.setText("One-off " + c.oneOff().difference().formatSigned());
        recurrent.setTooltip(new Tooltip("Recurrent (ongoing) effect, " + c.period() + "; net difference "
                + c.difference().formatSigned() + " = recurrent + temporary + one-off"));
        temporary.setTooltip(new Tooltip("Fixed-term posts and acting-up falling in " + c.period()));
        int n = c.warnings().size();
        warnings.setText(n == 0 ? "" : "⚠ " + n + (n == 1 ? " post" : " posts") + " not costed");
        warnings.setTooltip(n == 0 ? null : new Tooltip(String.join("\n", c.warnings())));
        String b = Percent.describe(c.settings()) + ", " + c.period();
        basis.setText(b);
        basis.setTooltip(new Tooltip(b));
    }
}
