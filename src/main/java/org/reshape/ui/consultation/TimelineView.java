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
import javafx.scene.layout.GridPane;
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
        GridPane form = new GridPane();
        form.setHgap(6);
        form.setVgap(6);
        form.addRow(0, new Label("Consultation starts"), start);
        form.addRow(1, new Label("Other redundancies (same 90 days)"), others);
        form.addRow(2, new Label("Council's minimum (days)"), policy);
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
        g.setFont(Font.font(11));
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
            double tw = text.length() * 5.6;
            double tx = Math.max(2, Math.min(x - tw / 2, w - tw - 2));
            g.setFill(m.warning() ? c : Color.web("#263238"));
            g.fillText(text, tx, ty + (above ? -6 : 6));
        }
    }
}
