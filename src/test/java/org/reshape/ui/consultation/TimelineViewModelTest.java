package org.reshape.ui.consultation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.reshape.change.ChangeClassifier;
import org.reshape.change.ChangeList;
import org.reshape.domain.Model;
import org.reshape.domain.PayTable;
import org.reshape.domain.Scenario;
import org.reshape.domain.Workforce;
import org.reshape.io.Samples;

/// The timeline of the Bury proposal: moving the start date moves every milestone and the earliest date.
class TimelineViewModelTest {
    private final Model bury = Samples.load("bury-cyp-2024");
    private final Scenario proposed = bury.scenario("proposed").orElseThrow();

    private ChangeList changes(Model m) {
        return ChangeClassifier.classify(m, m.baseline(), proposed, new PayTable(m, LocalDate.of(2024, 4, 1)));
    }

    private TimelineViewModel.Mark mark(TimelineViewModel vm, String label) {
        return vm.marksProperty().get().stream().filter(m -> m.label().equals(label)).findFirst().orElseThrow();
    }

    @Test
    void movingTheStartDate_movesTheTimeline() {
        TimelineViewModel vm = new TimelineViewModel();
        vm.load(bury, proposed, changes(bury));
        assertThat(mark(vm, "Consultation starts").date()).isEqualTo(LocalDate.of(2024, 1, 15));
        assertThat(mark(vm, "Consultation ends, notice given").date()).isEqualTo(LocalDate.of(2024, 2, 14));
        assertThat(vm.summary.get()).contains("2 proposed dismissals").contains("Consultation runs 30 days");
        assertThat(vm.warning.get()).contains("before the earliest date the timetable allows");
        assertThat(mark(vm, "Planned implementation").warning()).isTrue();
        assertThat(mark(vm, "Planned implementation").at()).isLessThan(mark(vm, "Earliest effective date").at());

        vm.start.set(LocalDate.of(2023, 11, 1));
        StringBuilder problem = new StringBuilder();
        Workforce moved = vm.edited(problem).orElseThrow();
        Model after = bury.withWorkforce(moved);
        vm.load(after, proposed, changes(after));

        assertThat(mark(vm, "Consultation starts").date()).isEqualTo(LocalDate.of(2023, 11, 1));
        assertThat(mark(vm, "Consultation ends, notice given").date()).isEqualTo(LocalDate.of(2023, 12, 1));
        assertThat(mark(vm, "Earliest effective date").date()).isEqualTo(LocalDate.of(2023, 12, 1).plusWeeks(12));
        assertThat(vm.warning.get()).as("1 April 2024 is now late enough").isEmpty();
    }

    @Test
    void aBadNumber_isRefusedWithAMessage() {
        TimelineViewModel vm = new TimelineViewModel();
        vm.load(bury, proposed, changes(bury));
        vm.others.set("many");
        StringBuilder problem = new StringBuilder();
        assertThat(vm.edited(problem)).isEmpty();
        assertThat(problem).hasToString("Other proposed redundancies must be a whole number, 0 or more");
    }
}
