package org.reshape.ui.consultation;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.reshape.change.ChangeList;
import org.reshape.change.ConsultationTimetable;
import org.reshape.domain.Consultation;
import org.reshape.domain.Model;
import org.reshape.domain.Scenario;
import org.reshape.domain.Workforce;

/// The consultation timetable of the proposal on screen, as the timeline shows
/// it: the plan's fields to edit, and each milestone with its place along the
/// line (0 at the consultation start, 1 at the last date). Holds no nodes.
public final class TimelineViewModel {
    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);

    /// A dated point on the line; `at` runs from 0 (first date) to 1 (last).
    public record Mark(String label, LocalDate date, double at, boolean warning) {
        public String text() {
            return label + " · " + DAY.format(date);
        }
    }

    final ObjectProperty<LocalDate> start = new SimpleObjectProperty<>();
    final StringProperty others = new SimpleStringProperty("0");
    final StringProperty policyDays = new SimpleStringProperty("0");
    private final ReadOnlyObjectWrapper<List<Mark>> marks = new ReadOnlyObjectWrapper<>(List.of());
    final StringProperty summary = new SimpleStringProperty("");
    final StringProperty warning = new SimpleStringProperty("");
    final StringProperty notices = new SimpleStringProperty("");
    private Model model;
    private Scenario proposal;

    /// Shows the proposal's timetable (nothing without a proposal).
    public void load(Model m, Scenario p, ChangeList changes) {
        model = m;
        proposal = p;
        if (m == null || p == null || changes == null) {
            summary.set("Choose a proposal to plan its consultation.");
            warning.set("");
            notices.set("");
            marks.set(List.of());
            return;
        }
        Consultation plan = ConsultationTimetable.plan(m, p);
        start.set(plan.start());
        others.set(Integer.toString(plan.otherRedundancies()));
        policyDays.set(Integer.toString(plan.policyMinimumDays()));
        Optional<ConsultationTimetable.Result> r = ConsultationTimetable.of(m, p, changes);
        if (r.isEmpty()) {
            summary.set("Enter the date consultation starts to see the timetable.");
            warning.set("");
            notices.set("");
            marks.set(List.of());
            return;
        }
        show(r.get());
    }

    private void show(ConsultationTimetable.Result r) {
        String band = r.statutoryDays() == 0
                ? "fewer than 20, so no collective minimum applies and no HR1 is needed"
                : "so at least " + r.statutoryDays() + " days of collective consultation (" + r.statutorySource() + ") and form HR1 by "
                + DAY.format(r.hr1Due());
        String policy = r.policyDays() > 0 ? "; the council's policy minimum is " + r.policyDays() + " days" : "";
        summary.set(r.dismissals() + " proposed dismissal" + (r.dismissals() == 1 ? "" : "s") + " at the establishment within 90 days ("
                + r.atRisk() + " at risk" + (r.fixedTermLeftOut() > 0 ? ", less " + r.fixedTermLeftOut() + " fixed-term ending at term" : "")
                + (r.others() > 0 ? ", plus " + r.others() + " other" : "") + "), " + band + policy + ". Consultation runs "
                + r.periodDays() + " days, " + DAY.format(r.start()) + " to " + DAY.format(r.consultationEnd())
                + "; the structure can take effect from " + DAY.format(r.earliestEffective()) + ".");
        warning.set(r.warning().orElse(""));
        List<String> lines = new ArrayList<>();
        r.people().forEach(p -> lines.add(p.person().name() + ": " + p.noticeWeeks() + " weeks' notice, effective "
                + DAY.format(p.effective())));
        notices.set(String.join("\n", lines));
        LocalDate first = r.milestones().values().stream().min(LocalDate::compareTo).orElse(r.start());
        LocalDate last = r.milestones().values().stream().max(LocalDate::compareTo).orElse(r.start());
        double span = Math.max(1, ChronoUnit.DAYS.between(first, last));
        List<Mark> list = new ArrayList<>();
        r.milestones().forEach((label, date) -> list.add(new Mark(label, date, ChronoUnit.DAYS.between(first, date) / span,
                label.startsWith("Planned") && r.warning().isPresent())));
        marks.set(List.copyOf(list));
    }

    public ReadOnlyObjectProperty<List<Mark>> marksProperty() {
        return marks;
    }

    /// The edited plan as a new workforce, or the problem with the fields.
    public Optional<Workforce> edited(StringBuilder problem) {
        if (model == null || proposal == null) {
            problem.append("Choose a proposal first");
            return Optional.empty();
        }
        Integer o = whole(others.get());
        Integer d = whole(policyDays.get());
        if (o == null || o < 0) {
            problem.append("Other proposed redundancies must be a whole number, 0 or more");
            return Optional.empty();
        }
        if (d == null || d < 0 || d > 365) {
            problem.append("The policy minimum must be a whole number of days from 0 to 365");
            return Optional.empty();
        }
        Consultation c = new Consultation(proposal.id(), start.get(), o, d);
        if (c.equals(ConsultationTimetable.plan(model, proposal))) {
            problem.append("Nothing to apply: the plan is as saved");
            return Optional.empty();
        }
        return Optional.of(model.workforce().withConsultation(c));
    }

    private static Integer whole(String s) {
        try {
            return s == null || s.isBlank() ? 0 : Integer.valueOf(s.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
