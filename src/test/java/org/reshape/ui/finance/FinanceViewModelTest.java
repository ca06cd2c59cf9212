package org.reshape.ui.finance;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reshape.costing.Comparison;
import org.reshape.costing.Costing;
import org.reshape.domain.Model;
import org.reshape.io.Samples;

/// The Finance view's content without a toolkit: the headline split, the
/// reconciliation of each part's bridge, and the exports.
class FinanceViewModelTest {
    private final Model bury = Samples.load("bury-cyp-2024");
    private final Comparison cmp = new Costing(bury, bury.costSettings())
            .compare(bury.scenario("current").orElseThrow(), bury.scenario("proposed").orElseThrow());
    private final FinanceViewModel vm = new FinanceViewModel();

    @Test
    void headline_leadsWithTheRecurrentEffect_andTheBridgesReconcile() {
        vm.refresh(bury, bury.costSettings(), cmp);
        assertThat(vm.headlineProperty().get()).isEqualTo("Recurrent effect: " + cmp.recurrent().difference().formatSigned()
                + " a year · Temporary in 2024/25: " + cmp.temporary().difference().formatSigned() + " · One-off: £0.00 · Net difference: "
                + cmp.difference().formatSigned());
        assertThat(vm.reconcileProperty().get()).startsWith("Bridges: recurrent " + cmp.recurrent().bridge().size() + " lines, "
                + cmp.recurrent().difference().formatSigned() + "; temporary 1 lines, " + cmp.temporary().difference().formatSigned())
                .contains("each adds up to its part to the penny");
        assertThat(vm.warningsProperty().get()).isEmpty();
        assertThat(vm.tables()).extracting(t -> t.name()).containsExactly("By division", "By grade", "Bridge", "Summary", "Sensitivity");
    }

    @Test
    void noComparison_clearsEverything() {
        vm.refresh(bury, bury.costSettings(), cmp);
        vm.refresh(bury, bury.costSettings(), null);
        assertThat(vm.tables()).isEmpty();
        assertThat(vm.headlineProperty().get()).isEmpty();
        assertThat(vm.tsv(0)).isEmpty();
    }

    @Test
    void exports_carryThePartsOfTheBridgeAndTheSummary(@TempDir Path dir) throws Exception {
        vm.refresh(bury, bury.costSettings(), cmp);
        Path csv = dir.resolve("finance.csv");
        vm.exportCsv(csv);
        var lines = Files.readAllLines(csv);
        assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("Summary,\"Recurrent effect (ongoing; the headline)\",")
                .contains(cmp.recurrent().difference().toPlainString()));
        assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("Summary,\"Temporary costs in the year (fixed-term, acting-up)\"")
                .contains(cmp.temporary().difference().toPlainString()));
        assertThat(lines).contains("Summary,One-off costs,0.00");
        assertThat(vm.tsv(2).lines().findFirst().orElseThrow()).endsWith("\tPart");
        assertThat(vm.tsv(2)).containsPattern("HEH\tHead of Service \\(Early Help\\)\t.*\tTemporary\n");
        Path xlsx = dir.resolve("finance.xlsx");
        vm.exportXlsx(xlsx, List.of());
        assertThat(Files.size(xlsx)).isPositive();
    }
}
