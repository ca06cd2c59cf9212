package org.reshape.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.reshape.costing.BridgeLine;
import org.reshape.costing.Comparison;
import org.reshape.costing.CostRow;
import org.reshape.costing.Costing;
import org.reshape.costing.PartEffect;
import org.reshape.costing.Percent;
import org.reshape.costing.Sensitivity;
import org.reshape.report.finance.FinanceCsv;
import org.reshape.report.finance.FinanceTable;
import org.reshape.report.finance.FinanceTables;
import org.reshape.report.finance.FinanceWorkbook;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/// `reshape cost`: totals of both scenarios by division and by grade, the net
/// difference and the bridge that explains it line by line.
@Command(name = "cost", mixinStandardHelpOptions = true,
        description = "Cost a proposal against its base: totals by division and grade, the net difference and the bridge.")
final class CostCommand implements Callable<Integer> {

    @Mixin
    Selection selection;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table", description = "table, csv, json or xlsx (default: ${DEFAULT-VALUE})")
    OutputFormat format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "write to this file instead of standard output (needed for xlsx)")
    java.nio.file.Path output;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        Selection.Chosen c = selection.choose();
        Costing costing = new Costing(c.model(), c.settings());
        Comparison cmp = selection.partYear ? costing.comparePartYear(c.base(), c.proposal()) : costing.compare(c.base(), c.proposal());
        if (format == OutputFormat.xlsx) {
            if (output == null) {
                throw new CliException("--format xlsx needs a file: -o FILE.xlsx");
            }
            try {
                FinanceWorkbook.write(withMetrics(tables(c, costing, cmp), c, cmp, costing), output);
            } catch (java.io.IOException e) {
                throw new CliException("could not write " + output + ": " + e.getMessage());
            }
            spec.commandLine().getOut().println("Wrote " + output);
            return 0;
        }
        java.io.StringWriter text = new java.io.StringWriter();
        PrintWriter out = output == null ? spec.commandLine().getOut() : new PrintWriter(text);
        switch (format) {
            case table -> table(c, cmp, out);
            case csv -> FinanceCsv.write(tables(c, costing, cmp), out);
            case json -> out.println(CostJson.write(c.model(), cmp));
            default -> throw new IllegalStateException(format.name());
        }
        out.flush();
        if (output != null) {
            try {
                org.reshape.files.PrivateFiles.writeString(output, text.toString());
            } catch (java.io.IOException e) {
                throw new CliException("could not write " + output + ": " + e.getMessage());
            }
        }
        return 0;
    }

    static java.util.List<FinanceTable> tables(Selection.Chosen c, Costing costing, Comparison cmp) {
        return FinanceTables.of(cmp, costing.comparePartYear(c.base(), c.proposal()),
                Sensitivity.of(c.model(), c.base(), c.proposal(), c.settings()), FinanceTables.budgets(c.model()));
    }

    /// The spreadsheet also carries the structure's spans and layers, before and after, at the default thresholds.
    static java.util.List<FinanceTable> withMetrics(java.util.List<FinanceTable> tables, Selection.Chosen c, Comparison cmp,
                                                    Costing costing) {
        java.util.List<FinanceTable> all = new java.util.ArrayList<>(tables);
        var m = org.reshape.metrics.MetricsComparison.of(c.model(), cmp, costing.payTable(),
                org.reshape.metrics.MetricsSettings.DEFAULTS);
        all.addAll(org.reshape.report.metrics.MetricsTables.of(java.util.List.of(m.base(), m.proposal())));
        return all;
    }

    static void table(Selection.Chosen c, Comparison cmp, PrintWriter out) {
        out.println(c.model().name() + ": " + cmp.base().scenario().name() + " → " + cmp.proposal().scenario().name());
        out.println("Costed at " + Percent.describe(cmp.settings()) + "; " + cmp.period());
        out.println(org.reshape.costing.YearRules.describe(c.model(), cmp.settings()));
        out.println();
        out.println("By division");
        rows(cmp.byDivision(), out);
        out.println();
        out.println("By pay scale and grade");
        rows(cmp.byGrade(), out);
        out.println();
        out.println("Totals");
        new Table("", "Posts", "FTE", "FTE-years", "Salary", "NI", "Pension", "Levy", "Total").rightAlign(1, 2, 3, 4, 5, 6, 7, 8)
                .row(cmp.base().scenario().name(), cmp.base().total().posts(), cmp.base().total().fte().toPlainString(),
                        cmp.base().total().fteYears().toPlainString(),
                        cmp.base().total().salary().format(), cmp.base().total().ni().format(), cmp.base().total().pension().format(),
                        cmp.base().total().levy().format(), cmp.base().total().total().format())
                .row(cmp.proposal().scenario().name(), cmp.proposal().total().posts(), cmp.proposal().total().fte().toPlainString(),
                        cmp.proposal().total().fteYears().toPlainString(),
                        cmp.proposal().total().salary().format(), cmp.proposal().total().ni().format(), cmp.proposal().total().pension().format(),
                        cmp.proposal().total().levy().format(), cmp.proposal().total().total().format())
                .print(out);
        out.println();
        headline(cmp, out);
        for (PartEffect part : cmp.parts()) {
            out.println();
            out.println(part.part().label() + " bridge: " + part.difference().formatSigned());
            if (part.bridge().isEmpty()) {
                out.println("  (no lines)");
                continue;
            }
            Table bridge = new Table("Post", "Title", "Change", "Salary", "On-costs", "Total", "Source").rightAlign(3, 4, 5);
            for (BridgeLine l : part.bridge()) {
                bridge.row(l.key(), l.title(), l.explanation(), l.salary().formatSigned(), l.onCosts().formatSigned(),
                        l.total().formatSigned(), (l.assumed() ? "[assumed] " : "") + l.source());
            }
            bridge.print(out);
            out.println("  The " + part.bridge().size() + " lines add up to " + part.bridgeTotal().formatSigned()
                    + (part.bridgeTotal().equals(part.difference()) ? "." : ", which is NOT the " + part.part().label().toLowerCase(java.util.Locale.ROOT) + " difference."));
        }
        out.println();
        out.println("The " + cmp.bridge().size() + " bridge lines of the three parts add up to " + cmp.bridgeTotal().formatSigned()
                + (cmp.bridgeTotal().equals(cmp.difference()) ? ", which is the net difference." : ", which is NOT the net difference."));
        out.println("Lines that rest on assumed grades or values add up to " + cmp.assumedPart().formatSigned()
                + "; lines on sourced values to " + cmp.difference().minus(cmp.assumedPart()).formatSigned() + ".");
        cmp.warnings().forEach(w -> out.println("Warning: " + w));
    }

    /// The recurrent effect first, as a council reports it, then the temporary and one-off costs beside it.
    static void headline(Comparison cmp, PrintWriter out) {
        out.println("Recurrent effect (ongoing, " + cmp.period() + "): " + cmp.recurrent().difference().formatSigned());
        out.println("Temporary costs in the period (fixed-term, acting-up): " + cmp.temporary().difference().formatSigned());
        out.println("One-off costs: " + cmp.oneOff().difference().formatSigned());
        out.println("Net difference: " + cmp.difference().formatSigned() + " (salary " + cmp.salaryDifference().formatSigned() + ")");
    }

    private static void rows(List<CostRow> rows, PrintWriter out) {
        Table t = new Table("", "Base posts", "Base FTE", "Base FTE-years", "Base total", "Proposal posts", "Proposal FTE",
                "Proposal FTE-years", "Proposal total", "Difference").rightAlign(1, 2, 3, 4, 5, 6, 7, 8, 9);
        for (CostRow r : rows) {
            t.row(r.label(), r.base().posts(), r.base().fte().toPlainString(), r.base().fteYears().toPlainString(), r.base().total().format(),
                    r.proposal().posts(), r.proposal().fte().toPlainString(), r.proposal().fteYears().toPlainString(),
                    r.proposal().total().format(), r.totalDifference().formatSigned());
        }
        t.print(out);
    }
}
