package org.reshape.ui.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.reshape.io.Samples;
import org.reshape.metrics.MetricsSettings;
import org.reshape.ui.workspace.Workspace;

/// The Metrics view's model, without a toolkit.
class MetricsViewModelTest {
    private final Workspace workspace = new Workspace();
    private final MetricsViewModel vm;

    MetricsViewModelTest() {
        workspace.modelProperty().set(Samples.load(Samples.DEFAULT));
        vm = new MetricsViewModel(workspace);
    }

    @Test
    void thresholds_goToTheWorkspace_soCompareUsesThemToo() {
        vm.maxSpanProperty().set(4);
        assertThat(workspace.metricsSettingsProperty().get()).isEqualTo(new MetricsSettings(3, 4, 6, false));
        // The Director of Social Care Practice managed 5 before; no one manages more than 4 after.
        assertThat(vm.managers()).filteredOn(r -> r.key().equals("DSC")).singleElement()
                .satisfies(r -> assertThat(r.beforeFlag()).isEqualTo("over span"))
                .satisfies(r -> assertThat(r.afterFlag()).isEmpty());
    }

    @Test
    void impossibleThresholds_areNotApplied_andSaySo() {
        vm.minSpanProperty().set(12);
        assertThat(workspace.metricsSettingsProperty().get()).isEqualTo(MetricsSettings.DEFAULTS);
        assertThat(vm.problemProperty().get()).isEqualTo("Not applied: span thresholds must satisfy 0 ≤ minimum ≤ maximum, not 12 and 10.");
        vm.minSpanProperty().set(2);
        assertThat(vm.problemProperty().get()).isEmpty();
        assertThat(workspace.metricsSettingsProperty().get().minSpan()).isEqualTo(2);
    }

    @Test
    void summary_andAssumption_sayWhatTheCostRestsOn() {
        assertThat(vm.summary()).filteredOn(r -> r.measure().equals("Layers")).singleElement()
                .satisfies(r -> assertThat(r.before() + "→" + r.after()).isEqualTo("4→5"));
        assertThat(vm.summary()).filteredOn(r -> r.measure().equals("Management cost")).singleElement()
                .satisfies(r -> assertThat(r.after()).endsWith(" ≈"));
        assertThat(vm.assumptionNote()).startsWith("≈ The management cost rests on assumed grades for ");
        assertThat(vm.otherFlags()).containsExactly(
                "Current structure — grade relativity: Strategic Lead (School System) on Chief Officer Band A (top £69,215, "
                        + "assumed) is at or below its report Senior School Assurance Officer on Soulbury EIP 20–23 (top £69,586)",
                "Proposed structure — grade relativity: Head of Service (School System) on Chief Officer Band A (top £69,215, "
                        + "assumed) is at or below its report Senior School Assurance Officer on Soulbury EIP 20–23 (top £69,586)");
    }
}
