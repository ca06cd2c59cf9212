package org.reshape.ui.consultation;

import java.util.List;
import javafx.geometry.Insets;
import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Button;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.Pane;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import org.reshape.change.ConsultationTimetable;
import org.reshape.edit.ModelCommand;
import org.reshape.ui.UkDates;
import org.reshape.ui.edit.EditActions;
import org.reshape.ui.workspace.Workspace;

/// The Consultation tab: the proposal's plan (start date, other proposed
/// redundancies, the council's policy minimum), applied as one undoable
/// command, and the timetable that follows drawn as a timeline.
public final class TimelineView extends VBox {
    private final Workspace workspace;
    private final EditActions actions;
    private final TimelineViewModel vm = new TimelineViewModel();
    private final Canvas line = new Canvas(300, 150);
    private final Label message = new Label();
    private static final Font LABEL_FONT = Font.font(11);
    /// Measures a mark's words, so that one near an end is moved in rather than cut off.
    private static final javafx.scene.text.Text PROBE = new javafx.scene.text.Text();

    static {
        PROBE.setFont(LABEL_FONT);
    }

    public TimelineView(Workspace workspace, EditActions actions) {
        this.workspace = workspace;
        this.actions = actions;
        setId("timeline");
        setSpacing(8);
        setPadding(new Insets(10));
        DatePicker start = new DatePicker();
        start.setId("timeline-start");
        UkDates.use(start);
        start.valueProperty().bindBidirectional(vm.start);
        TextField others = new TextField();
        others.setId("timeline-others");
        others.setPrefColumnCount(4);
        others.textProperty().bindBidirectional(vm.others);
        TextField policy = new TextField();
        policy.setId("timeline-policy");
        policy.setPrefColumnCount(4);
        policy.textProperty().bindBidirectional(vm.policyDays);
        // each label above its field: the side panel is narrow on a laptop, and a label cut short says nothing
        start.setMaxWidth(170);
        javafx.scene.layout.VBox form = new javafx.scene.layout.VBox(2,
                field("Consultation starts", start), field("Other redundancies (same 90 days)", others),
                field("Council's minimum (days)", policy));
        Button apply = new Button("Apply");
        apply.setId("timeline-apply");
        apply.setOnAction(e -> apply());
        Label summary = label("timeline-summary", vm.summary.get());
        summary.textProperty().bind(vm.summary);
        Label warning = label("timeline-warning", "");
        warning.textProperty().bind(vm.warning);
        warning.setTextFill(Color.web("#B71C1C"));
        Label notices = label("timeline-notices", "");
        notices.textProperty().bind(vm.notices);
        message.setId("timeline-message");
        Label rules = label("timeline-rules", String.join(" ", ConsultationTimetable.rules()));
        rules.getStyleClass().add("inspector-source");
        Pane holder = new Pane(line);
        holder.setMinHeight(150);
        line.widthProperty().bind(holder.widthProperty());
        line.widthProperty().subscribe(w -> draw());
        vm.marksProperty().subscribe(m -> draw());
        getChildren().addAll(form, apply, message, holder, summary, warning, notices, rules);
        workspace.modelProperty().subscribe(m -> show());
        workspace.proposalIdProperty().subscribe(m -> show());
    }

    private static javafx.scene.layout.VBox field(String name, javafx.scene.Node input) {
        Label l = new Label(name);
        l.setWrapText(true);
        l.setLabelFor(input);
        javafx.scene.layout.VBox box = new javafx.scene.layout.VBox(2, l, input);
        box.setPadding(new Insets(0, 0, 4, 0));
        return box;
    }

    private static Label label(String id, String text) {
        Label l = new Label(text);
        l.setId(id);
        l.setWrapText(true);
        l.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        return l;
    }

    private void show() {
        var proposal = workspace.proposal().orElse(null);
        var cmp = workspace.comparison();
        vm.load(workspace.model(), proposal, cmp == null ? null : cmp.changes());
    }

    private void apply() {
        StringBuilder problem = new StringBuilder();
        vm.edited(problem).ifPresentOrElse(w -> {
            boolean done = actions.editor().execute(ModelCommand.workforce("Plan the consultation", workspace.model(), w));
            message.setText(done ? "" : actions.editor().messageProperty().get());
        }, () -> message.setText(problem.toString()));
    }

    /// The line, a tick and a label per milestone; labels alternate above and below so neighbours do not collide.
    private void draw() {
        GraphicsContext g = line.getGraphicsContext2D();
        double w = line.getWidth();
        double h = line.getHeight();
        g.clearRect(0, 0, w, h);
        List<TimelineViewModel.Mark> marks = vm.marksProperty().get();
        if (marks.isEmpty() || w < 40) {
            return;
        }
        double left = 12;
        double right = w - 12;
        double y = h / 2;
        g.setStroke(Color.web("#455A64"));
        g.setLineWidth(2);
        g.strokeLine(left, y, right, y);
        g.setFont(LABEL_FONT);
        g.setTextBaseline(VPos.CENTER);
        for (int i = 0; i < marks.size(); i++) {
            TimelineViewModel.Mark m = marks.get(i);
            double x = left + m.at() * (right - left);
            Color c = m.warning() ? Color.web("#B71C1C") : Color.web("#1565C0");
            g.setFill(c);
            g.fillOval(x - 5, y - 5, 10, 10);
            boolean above = i % 2 == 0;
            double ty = above ? y - 22 - (i % 4 == 0 ? 0 : 18) : y + 22 + (i % 4 == 1 ? 0 : 18);
            g.setStroke(c);
            g.setLineWidth(1);
            g.strokeLine(x, y, x, ty);
            String text = m.text();
            PROBE.setText(text);
            double tw = PROBE.getLayoutBounds().getWidth();
            double tx = Math.max(2, Math.min(x - tw / 2, w - tw - 2));
            g.setFill(m.warning() ? c : Color.web("#263238"));
            g.fillText(text, tx, ty + (above ? -6 : 6));
        }
    }
}
