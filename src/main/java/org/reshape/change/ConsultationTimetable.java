package org.reshape.change;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.reshape.domain.Consultation;
import org.reshape.domain.Contract;
import org.reshape.domain.Model;
import org.reshape.domain.Person;
import org.reshape.domain.Scenario;

/// A proposal's consultation timetable (Trade Union and Labour Relations
/// (Consolidation) Act 1992 s188 and s193, and the council's own policy):
/// how many dismissals are proposed at the establishment within 90 days, the
/// collective consultation minimum that follows, when form HR1 is due, the
/// period the council will consult for, each person's notice, and the earliest
/// date the structure can take effect.
///
/// Rules used, each stated in [#rules()]: the proposed dismissals are the
/// employees at risk (those on fixed-term contracts that end at their agreed
/// term by the earliest dismissal date left out) plus the other proposed
/// redundancies at the establishment in the same 90 days the user entered.
/// Notice is given when consultation ends; a person's dismissal takes effect
/// after their notice; HR1 is due before any notice is given and at least the
/// collective minimum before the first dismissal takes effect.
public final class ConsultationTimetable {

    /// One dated row of the law: from `from`, `atLeast` or more proposed dismissals need `days` of consultation.
    public record Threshold(LocalDate from, int atLeast, int days, String source) {
    }

    /// Dated data: the 100-or-more period fell from 90 to 45 days on 6 April 2013.
    public static final List<Threshold> THRESHOLDS = List.of(
            new Threshold(LocalDate.of(1995, 10, 26), 20, 30, "TULRCA 1992 s188(1A)(b)"),
            new Threshold(LocalDate.of(1995, 10, 26), 100, 90, "TULRCA 1992 s188(1A)(a), before 6 April 2013"),
            new Threshold(LocalDate.of(2013, 4, 6), 20, 30, "TULRCA 1992 s188(1A)(b)"),
            new Threshold(LocalDate.of(2013, 4, 6), 100, 45, "TULRCA 1992 s188(1A)(a), as amended from 6 April 2013"));

    /// An at-risk person and when their dismissal could take effect.
    public record PersonDate(Person person, String postKey, int noticeWeeks, LocalDate effective) {
    }

    /// @param dismissals        proposed dismissals counted for s188 (at-risk employees counted + others entered)
    /// @param atRisk            employees at risk
    /// @param fixedTermLeftOut  at-risk employees on fixed-term contracts ending at their term, not counted
    /// @param others            other proposed redundancies at the establishment in the same 90 days
    /// @param statutoryDays     collective consultation minimum: 0 under 20, 30 for 20–99, 45 for 100 or more
    /// @param periodDays        the longer of that and the council's policy minimum
    /// @param hr1Due            the last day to send form HR1, or null when it is not required
    /// @param earliestEffective the earliest date the new structure can take effect
    /// @param warning           set when the proposal's implementation date is earlier than that
    public record Result(LocalDate start, int dismissals, int atRisk, int fixedTermLeftOut, int others, int statutoryDays,
                         String statutorySource, int policyDays, int periodDays, LocalDate consultationEnd, LocalDate hr1Due,
                         List<PersonDate> people, LocalDate earliestEffective, LocalDate implementationDate,
                         Optional<String> warning) {

        public boolean hr1Required() {
            return hr1Due != null;
        }

        /// The dated points of the timeline, in order, label → date.
        public Map<String, LocalDate> milestones() {
            List<Map.Entry<String, LocalDate>> list = new ArrayList<>();
            list.add(Map.entry("Consultation starts", start));
            if (hr1Due != null) {
                list.add(Map.entry("HR1 due", hr1Due));
            }
            list.add(Map.entry("Consultation ends, notice given", consultationEnd));
            list.add(Map.entry("Earliest effective date", earliestEffective));
            if (implementationDate != null) {
                list.add(Map.entry("Planned implementation", implementationDate));
            }
            list.sort(Map.Entry.comparingByValue());
            Map<String, LocalDate> out = new LinkedHashMap<>();
            list.forEach(e -> out.put(e.getKey(), e.getValue()));
            return out;
        }
    }

    private ConsultationTimetable() {
    }

    /// The plan the model holds for `proposal`, or one with no start date and Bury-like defaults (no policy minimum).
    public static Consultation plan(Model model, Scenario proposal) {
        return model.workforce().consultation(proposal.id()).orElse(new Consultation(proposal.id(), null, 0, 0));
    }

    /// The timetable, or empty while the plan has no start date.
    public static Optional<Result> of(Model model, Scenario proposal, ChangeList changes) {
        Consultation plan = plan(model, proposal);
        if (plan.start() == null) {
            return Optional.empty();
        }
        LocalDate start = plan.start();
        List<AffectedPerson> atRisk = changes.individuals().stream().filter(AffectedPerson::atRisk).toList();
        int unnamedAtRisk = changes.individualsAtRisk() - (int) atRisk.stream().map(a -> a.person().id()).distinct().count();
        // A first pass with no fixed-term exclusions gives the earliest date a dismissal could take effect.
        int period0 = Math.max(statutoryDays(atRisk.size() + unnamedAtRisk + plan.otherRedundancies(), start), plan.policyMinimumDays());
        LocalDate firstPossible = start.plusDays(period0);
        List<AffectedPerson> counted = atRisk.stream().filter(a -> !endsAtTerm(a.person(), firstPossible)).toList();
        int leftOut = atRisk.size() - counted.size();
        int dismissals = counted.size() + unnamedAtRisk + plan.otherRedundancies();
        Threshold t = threshold(dismissals, start).orElse(null);
        int statutory = t == null ? 0 : t.days();
        int period = Math.max(statutory, plan.policyMinimumDays());
        LocalDate end = start.plusDays(period);
        List<PersonDate> dates = new ArrayList<>();
        for (AffectedPerson a : atRisk) {
            int notice = a.person().noticeWeeks();
            dates.add(new PersonDate(a.person(), a.postKey(), notice, end.plusWeeks(notice)));
        }
        dates.sort(Comparator.comparing(PersonDate::effective));
        LocalDate earliest = dates.isEmpty() ? end : dates.getLast().effective();
        LocalDate firstDismissal = dates.isEmpty() ? end : dates.getFirst().effective();
        LocalDate hr1 = statutory == 0 ? null : min(firstDismissal.minusDays(statutory), end);
        LocalDate planned = proposal.implementationDate();
        Optional<String> warning = planned != null && planned.isBefore(earliest)
                ? Optional.of("The proposal takes effect on " + planned + ", before the earliest date the timetable allows, "
                + earliest + ": consultation of " + period + " days from " + start + (dates.isEmpty() ? "" : " and notice"))
                : Optional.empty();
        return Optional.of(new Result(start, dismissals, atRisk.size() + unnamedAtRisk, leftOut, plan.otherRedundancies(),
                statutory, t == null ? "" : t.source(), plan.policyMinimumDays(), period, end, hr1, List.copyOf(dates), earliest,
                planned, warning));
    }

    /// Collective consultation minimum in days for `dismissals` proposed at one establishment, by the law in force on `on`.
    public static int statutoryDays(int dismissals, LocalDate on) {
        return threshold(dismissals, on).map(Threshold::days).orElse(0);
    }

    static Optional<Threshold> threshold(int dismissals, LocalDate on) {
        LocalDate from = THRESHOLDS.stream().map(Threshold::from).filter(d -> !d.isAfter(on)).max(Comparator.naturalOrder())
                .orElse(null);
        if (from == null) {
            return Optional.empty();
        }
        return THRESHOLDS.stream().filter(t -> t.from().equals(from) && dismissals >= t.atLeast())
                .max(Comparator.comparingInt(Threshold::atLeast));
    }

    /// A fixed-term contract that ends at its agreed term by `date`: its ending is not a dismissal counted for s188.
    static boolean endsAtTerm(Person p, LocalDate date) {
        return p.contract() == Contract.FIXED_TERM && p.contractEnd() != null && !p.contractEnd().isAfter(date);
    }

    /// What the timetable assumes, for the window and the pack.
    public static List<String> rules() {
        return List.of(
                "Proposed dismissals: employees at risk, less those on fixed-term contracts ending at their agreed term by the "
                        + "first possible dismissal date, plus other proposed redundancies at the establishment within the same 90 days.",
                "Collective consultation (TULRCA 1992 s188): 20–99 proposed dismissals, at least 30 days; 100 or more, at least 45 days.",
                "Form HR1 (s193): before any notice of dismissal is given and at least 30 / 45 days before the first dismissal takes effect.",
                "The council consults for the longer of the collective minimum and its own policy minimum.",
                "Notice is assumed given when consultation ends; each dismissal takes effect after the person's contractual notice.");
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }
}
