package org.reshape.ui.finance;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.reshape.domain.CostSettings;
import org.reshape.domain.FinancialYear;
import org.reshape.domain.Model;
import org.reshape.domain.Money;
import org.reshape.io.Samples;

/// The NI rules edited as a table by year: a year switch changes no rule, an
/// edited row changes its own year only, and a bad row is named.
class FinanceSettingsViewModelTest {
    private final Model bury = Samples.load("bury-cyp-2024");
    private final FinanceSettingsViewModel vm = new FinanceSettingsViewModel();

    private FinanceSettingsViewModel.NiRow row(String year) {
        return vm.niRows.stream().filter(r -> r.year.get().equals(year)).findFirst().orElseThrow();
    }

    @Test
    void theTableHasOneRowPerStoredYear_andTheYearSwitchKeepsThemAll() {
        vm.load(bury, bury.costSettings(), null);
        assertThat(vm.niRows).extracting(r -> r.year.get() + " " + r.rate.get() + "% above " + r.threshold.get())
                .containsExactly("2023/24 13.8% above 9100.00", "2024/25 13.8% above 9100.00", "2025/26 15% above 5000.00");
        vm.year.set(new FinancialYear(2026));
        assertThat(vm.yearRulesProperty().get()).startsWith(
                "2026/27 is costed with employer NI 15% above £5,000 (no rule stored for 2026/27: the latest earlier one, assumed)");
        CostSettings edited = vm.edited().orElseThrow();
        assertThat(edited.year()).isEqualTo(new FinancialYear(2026));
        assertThat(edited.niRules()).isEqualTo(bury.costSettings().niRules());
        assertThat(edited.awards()).isEqualTo(bury.costSettings().awards());
    }

    @Test
    void editingOneRow_changesThatYearOnly() {
        vm.load(bury, bury.costSettings(), null);
        row("2025/26").rate.set("15.5");
        CostSettings edited = vm.edited().orElseThrow();
        assertThat(edited.storedNi(new FinancialYear(2025)).orElseThrow().rate()).isEqualByComparingTo("0.155");
        assertThat(edited.storedNi(new FinancialYear(2024))).isEqualTo(bury.costSettings().storedNi(new FinancialYear(2024)));
        assertThat(edited.storedNi(new FinancialYear(2023))).isEqualTo(bury.costSettings().storedNi(new FinancialYear(2023)));
    }

    @Test
    void addingAYear_copiesTheLastRule_andCostsThatYearWithIt() {
        vm.load(bury, bury.costSettings(), null);
        vm.addYear();
        assertThat(vm.niRows.getLast().year.get()).isEqualTo("2026/27");
        vm.niRows.getLast().threshold.set("5500");
        vm.year.set(new FinancialYear(2026));
        assertThat(vm.yearRulesProperty().get()).startsWith("2026/27 is costed with employer NI 15% above £5,500 (the 2026/27 rule)");
        assertThat(vm.edited().orElseThrow().ni().threshold()).isEqualTo(Money.ofPounds(5_500));
    }

    @Test
    void aBadRow_isNamed_andNothingCanBeApplied() {
        vm.load(bury, bury.costSettings(), null);
        row("2024/25").threshold.set("lots");
        assertThat(vm.problemsProperty().get()).containsEntry(FinanceSettingsViewModel.NI_RULES,
                "NI rules, row 2 (2024/25): the threshold should be an amount a year in pounds, such as 5000");
        assertThat(vm.edited()).isEmpty();
        row("2024/25").threshold.set("9100");
        row("2023/24").year.set("2025/26");
        assertThat(vm.problemsProperty().get()).containsEntry(FinanceSettingsViewModel.NI_RULES,
                "NI rules, row 3 (2025/26): 2025/26 has two rows; keep one");
    }
}
