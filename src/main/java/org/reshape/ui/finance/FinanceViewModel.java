package org.reshape.ui.finance;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.reshape.costing.Comparison;
import org.reshape.costing.Costing;
import org.reshape.costing.PartEffect;
import org.reshape.costing.Sensitivity;
import org.reshape.domain.CostSettings;
import org.reshape.domain.Model;
import org.reshape.report.finance.FinanceCsv;
import org.reshape.report.finance.FinanceTable;
import org.reshape.report.finance.FinanceTables;
import org.reshape.report.finance.FinanceWorkbook;

/// What the Finance view shows, worked out without a toolkit: the tables (the
/// same ones the exports write), the headline split into recurrent, temporary
/// and one-off, whether each part's bridge reconciles, and how far the
/// difference rests on assumptions. Also writes the exports.
public final class FinanceViewModel {
    private final ReadOnlyStringWrapper headline = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper reconcile = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper sensitivity = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper warnings = new ReadOnlyStringWrapper("");
    private List<FinanceTable> tables = List.of();
    private Comparison full;

    /// Recomputes everything for a comparison; null for none.
    public void refresh(Model m, CostSettings settings, Comparison comparison) {
        full = comparison;
        if (comparison == null || m == null) {
            tables = List.of();
            headline.set("");
            reconcile.set("No proposal to compare.");
            sensitivity.set("");
            warnings.set("");
            return;
        }
        var base = comparison.base().scenario();
        var proposal = comparison.proposal().scenario();
        Comparison part = new Costing(m, settings).comparePartYear(base, proposal);
        Sensitivity s = Sensitivity.of(m, base, proposal, settings);
        tables = FinanceTables.of(comparison, part, s, FinanceTables.budgets(m));
        headline.set(headline(comparison));
        List<String> bridges = new ArrayList<>();
        boolean allAdd = true;
        for (PartEffect p : comparison.parts()) {
            if (!p.bridge().isEmpty()) {
                bridges.add(p.part().label().toLowerCase(java.util.Locale.ROOT) + " " + p.bridge().size() + " lines, "
                        + p.bridgeTotal().formatSigned());
            }
            allAdd &= p.bridgeTotal().equals(p.difference());
        }
        reconcile.set("Bridges: " + String.join("; ", bridges)
                + (allAdd ? " — each adds up to its part to the penny, and the parts to the net difference "
                + comparison.difference().formatSigned() + "." : " — a bridge does NOT add up to its part.")
                + " In the " + part.period() + ": recurrent " + part.recurrent().difference().formatSigned()
                + ", temporary " + part.temporary().difference().formatSigned() + ".");
        sensitivity.set("Lines resting on assumed grades or values: " + s.assumedPart().formatSigned()
                + ". Costed at the bottom of every grade the difference is " + s.atBottom().formatSigned()
                + ", at the top " + s.atTop().formatSigned() + "."
                + s.groups().stream().max(java.util.Comparator.comparingLong((org.reshape.costing.Sensitivity.Row r) -> Math.abs(r.spread().pence())))
                .map(r -> " The assumption that moves the recurrent effect most: " + r.label().toLowerCase(java.util.Locale.ROOT)
                        + ", from " + r.recurrentAtBottom().formatSigned() + " at the bottom of grade to "
                        + r.recurrentAtTop().formatSigned() + " at the top (Sensitivity tab).").orElse(""));
        warnings.set(String.join("\n", comparison.warnings()));
    }

    /// "Recurrent effect: −£86,000.00 a year · Temporary in 2024/25: +£99,778.00 · One-off: £0.00"
    static String headline(Comparison c) {
        return "Recurrent effect: " + c.recurrent().difference().formatSigned() + " a year · Temporary in "
                + c.settings().year() + ": " + c.temporary().difference().formatSigned() + " · One-off: "
                + c.oneOff().difference().formatSigned() + " · Net difference: " + c.difference().formatSigned();
    }

    public Comparison comparison() {
        return full;
    }

    public List<FinanceTable> tables() {
        return tables;
    }

    public ReadOnlyStringProperty headlineProperty() {
        return headline.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty reconcileProperty() {
        return reconcile.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty sensitivityProperty() {
        return sensitivity.getReadOnlyProperty();
    }

    /// Posts left out of the totals, one a line; empty when every post is costed.
    public ReadOnlyStringProperty warningsProperty() {
        return warnings.getReadOnlyProperty();
    }

    /// @param extra sheets to add after the finance tables (the spans and layers of Metrics mode)
    public void exportXlsx(Path file, List<FinanceTable> extra) throws IOException {
        List<FinanceTable> all = new ArrayList<>(tables);
        all.addAll(extra);
        FinanceWorkbook.write(all, file);
    }

    public void exportCsv(Path file) throws IOException {
        org.reshape.files.PrivateFiles.write(file, stream -> {
            PrintWriter out = new PrintWriter(new java.io.OutputStreamWriter(stream, StandardCharsets.UTF_8));
            FinanceCsv.write(tables, out);
            out.flush();
        });
    }

    /// A table as tab-separated text, for pasting into a spreadsheet; empty when there is none.
    public String tsv(int index) {
        return index >= 0 && index < tables.size() ? tables.get(index).toTsv() : "";
    }
}
