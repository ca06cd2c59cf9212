package org.reshape.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.reshape.costing.BridgeLine;
import org.reshape.costing.Comparison;
import org.reshape.costing.CostRow;
import org.reshape.costing.Costing;
import org.reshape.costing.Percent;
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

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table", description = "table, csv or json (default: ${DEFAULT-VALUE})")
    OutputFormat format;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        Selection.Chosen c = selection.choose();
        Costing costing = new Costing(c.model(), c.settings());
        Comparison cmp = selection.partYear ? costing.comparePartYear(c.base(), c.proposal()) : costing.compare(c.base(), c.proposal());
        PrintWriter out = spec.commandLine().getOut();
        switch (format) {
            case table -> table(c, cmp, out);
            case csv -> CostCsv.write(cmp, out);
            case json -> out.println(CostJson.write(c.model(), cmp));
        }
        out.flush();
        return 0;
    }

    static void table(Selection.Chosen c, Comparison cmp, PrintWriter out) {
        out.println(c.model().name() + ": " + cmp.base().scenario().name() + " → " + cmp.proposal().scenario().name());
        out.println("Costed at " + Percent.describe(cmp.settings()) + "; " + cmp.period());
        out.println();
        out.println("By division");
        rows(cmp.byDivision(), out);
        out.println();
        out.println("By pay scale and grade");
        rows(cmp.byGrade(), out);
        out.println();
        out.println("Totals");
        new Table("", "Posts", "FTE", "Salary", "NI", "Pension", "Levy", "Total").rightAlign(1, 2, 3, 4, 5, 6, 7)
                .row(cmp.base().scenario().name(), cmp.base().total().posts(), cmp.base().total().fte().toPlainString(),
                        cmp.base().total().salary().format(), cmp.base().total().ni().format(), cmp.base().total().pension().format(),
                        cmp.base().total().levy().format(), cmp.base().total().total().format())
                .row(cmp.proposal().scenario().name(), cmp.proposal().total().posts(), cmp.proposal().total().fte().toPlainString(),
                        cmp.proposal().total().salary().format(), cmp.proposal().total().ni().format(), cmp.proposal().total().pension().format(),
                        cmp.proposal().total().levy().format(), cmp.proposal().total().total().format())
                .print(out);
        out.println();
        out.println("Net difference: " + cmp.difference().formatSigned() + " (salary " + cmp.salaryDifference().formatSigned() + ")");
        out.println();
        out.println("Bridge from " + cmp.base().scenario().name() + " to " + cmp.proposal().scenario().name());
        Table bridge = new Table("Post", "Title", "Change", "Salary", "On-costs", "Total", "Source").rightAlign(3, 4, 5);
        bridge.row("", "Base total", "", "", "", cmp.base().total().total().format(), "");
        for (BridgeLine l : cmp.bridge()) {
            bridge.row(l.key(), l.title(), l.explanation(), l.salary().formatSigned(), l.onCosts().formatSigned(),
                    l.total().formatSigned(), (l.assumed() ? "[assumed] " : "") + l.source());
        }
        bridge.row("", "Proposal total", "", "", "", cmp.proposal().total().total().format(), "");
        bridge.print(out);
        out.println();
        out.println("The " + cmp.bridge().size() + " bridge lines add up to " + cmp.bridgeTotal().formatSigned()
                + (cmp.bridgeTotal().equals(cmp.difference()) ? ", which is the net difference." : ", which is NOT the net difference."));
        out.println("Lines that rest on assumed grades or values add up to " + cmp.assumedPart().formatSigned()
                + "; lines on sourced values to " + cmp.difference().minus(cmp.assumedPart()).formatSigned() + ".");
        List<String> warnings = new java.util.ArrayList<>(cmp.base().warnings());
        cmp.proposal().warnings().stream().filter(w -> !warnings.contains(w)).forEach(warnings::add);
        warnings.forEach(w -> out.println("Warning: " + w));
    }

    private static void rows(List<CostRow> rows, PrintWriter out) {
        Table t = new Table("", "Base posts", "Base FTE", "Base total", "Proposal posts", "Proposal FTE", "Proposal total", "Difference")
                .rightAlign(1, 2, 3, 4, 5, 6, 7);
        for (CostRow r : rows) {
            t.row(r.label(), r.base().posts(), r.base().fte().toPlainString(), r.base().total().format(), r.proposal().posts(),
                    r.proposal().fte().toPlainString(), r.proposal().total().format(), r.totalDifference().formatSigned());
        }
        t.print(out);
    }
}
