package org.reshape.change;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.reshape.domain.Consultation;
import org.reshape.domain.Contract;
import org.reshape.domain.Holding;
import org.reshape.domain.Model;
import org.reshape.domain.PayTable;
import org.reshape.domain.Person;
import org.reshape.domain.Post;
import org.reshape.domain.Scenario;
import org.reshape.domain.TestModels;
import org.reshape.domain.Workforce;
import org.reshape.io.Samples;

/// The consultation timetable: the collective thresholds at their edges, the
/// policy minimum, notice, fixed-term contracts ending at term, and the warning.
class ConsultationTimetableTest {
    private static final LocalDate START = LocalDate.of(2024, 1, 15);

    /// One employee at risk (HOS disestablished, 4 weeks' notice) and `others` other proposed redundancies.
    private static ConsultationTimetable.Result timetable(int others, int policyDays, Person holder, LocalDate implementation) {
        Scenario base = TestModels.baseline();
        Scenario proposal = base.deriveProposal("p1", "Proposal").without("HOS").with(base.post("BS").withManager("DSC"))
                .with(Post.of("NEW", "Head of Practice", "sc", "DSC", "co-a")).withImplementationDate(implementation);
        Workforce w = Workforce.EMPTY.withPerson(holder).withHolding(new Holding(holder.id(), "HOS", BigDecimal.ONE))
                .withConsultation(new Consultation("p1", START, others, policyDays));
        Model m = TestModels.model(base, proposal).withWorkforce(w);
        ChangeList c = ChangeClassifier.classify(m, base, proposal, new PayTable(m, START));
        return ConsultationTimetable.of(m, proposal, c).orElseThrow();
    }

    private static Person ann(int noticeWeeks) {
        return Person.of("E1", "Ann Sampleton").withDates(null, null, noticeWeeks);
    }

    @ParameterizedTest(name = "{0} proposed dismissals: {1} days")
    @CsvSource({"19, 0", "20, 30", "99, 30", "100, 45"})
    void theCollectiveMinimum_atItsThresholds(int dismissals, int days) {
        ConsultationTimetable.Result r = timetable(dismissals - 1, 0, ann(4), null);

        assertThat(r.dismissals()).isEqualTo(dismissals);
        assertThat(r.statutoryDays()).isEqualTo(days);
        assertThat(r.hr1Required()).isEqualTo(days > 0);
        assertThat(r.consultationEnd()).isEqualTo(START.plusDays(days));
        assertThat(r.earliestEffective()).isEqualTo(START.plusDays(days).plusWeeks(4));
        if (days > 0) {
            // at least the minimum before the first dismissal (after 4 weeks' notice), and before notice is given
            assertThat(r.hr1Due()).isEqualTo(START.plusDays(28));
            assertThat(r.hr1Due()).isBeforeOrEqualTo(r.consultationEnd());
            assertThat(r.hr1Due()).isBeforeOrEqualTo(r.earliestEffective().minusDays(days));
        }
    }

    @Test
    void beforeApril2013_aHundredDismissalsNeededNinetyDays() {
        assertThat(ConsultationTimetable.statutoryDays(100, LocalDate.of(2013, 4, 5))).isEqualTo(90);
        assertThat(ConsultationTimetable.statutoryDays(100, LocalDate.of(2013, 4, 6))).isEqualTo(45);
    }

    @Test
    void theCouncilsLongerPolicyMinimum_wins_andBelowTwentyNoHr1IsDue() {
        ConsultationTimetable.Result r = timetable(0, 30, ann(12), null);

        assertThat(r.statutoryDays()).isZero();
        assertThat(r.periodDays()).isEqualTo(30);
        assertThat(r.hr1Due()).isNull();
        assertThat(r.earliestEffective()).isEqualTo(LocalDate.of(2024, 2, 14).plusWeeks(12));
    }

    @Test
    void aFixedTermContractEndingAtItsTerm_isNotCounted() {
        Person fixed = ann(4).withContract(Contract.FIXED_TERM, LocalDate.of(2024, 1, 31));
        ConsultationTimetable.Result r = timetable(19, 0, fixed, null);

        assertThat(r.fixedTermLeftOut()).isEqualTo(1);
        assertThat(r.dismissals()).isEqualTo(19);
        assertThat(r.statutoryDays()).isZero();

        Person later = ann(4).withContract(Contract.FIXED_TERM, LocalDate.of(2025, 3, 31));
        assertThat(timetable(19, 0, later, null).dismissals()).as("ends after the dismissal date: counted").isEqualTo(20);
    }

    @Test
    void anImplementationDateBeforeTheEarliest_isWarned() {
        ConsultationTimetable.Result late = timetable(0, 30, ann(12), LocalDate.of(2024, 4, 1));
        assertThat(late.warning()).hasValueSatisfying(w -> assertThat(w)
                .contains("takes effect on 2024-04-01, before the earliest date the timetable allows, 2024-05-08"));
        assertThat(timetable(0, 30, ann(12), LocalDate.of(2024, 5, 8)).warning()).isEmpty();
    }

    @Test
    void theBurySample_consultsForThirtyDays_andWarnsThatFirstAprilIsTooSoon() {
        Model bury = Samples.load("bury-cyp-2024");
        Scenario proposed = bury.scenario("proposed").orElseThrow();
        ChangeList c = ChangeClassifier.classify(bury, bury.baseline(), proposed, new PayTable(bury, START));

        ConsultationTimetable.Result r = ConsultationTimetable.of(bury, proposed, c).orElseThrow();

        assertThat(r.periodDays()).as("report §6.2").isEqualTo(30);
        assertThat(r.dismissals()).isEqualTo(2);
        assertThat(r.warning()).isPresent();
        assertThat(r.milestones().keySet()).startsWith("Consultation starts");
    }
}
