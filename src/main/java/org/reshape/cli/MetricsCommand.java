package org.reshape.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.reshape.costing.Costing;
import org.reshape.domain.Model;
import org.reshape.domain.Scenario;
import org.reshape.metrics.Flag;
import org.reshape.metrics.MetricsComparison;
import org.reshape.metrics.MetricsSettings;
import org.reshape.metrics.ScenarioMetrics;
import org.reshape.report.finance.FinanceCsv;
import org.reshape.report.finance.FinanceTable;
import org.reshape.report.metrics.MetricsTables;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/// `reshape metrics`: spans of control and layers for every scenario, side by
/// side, with what falls outside the thresholds.
@Command(name = "metrics", mixinStandardHelpOptions = true,
        description = "Spans of control, layers, managers to staff and the management share of cost for every scenario, "
                + "with spans, layers and grade relativities outside the thresholds flagged.")
final class MetricsCommand implements Callable<Integer> {

    @Mixin
    Selection selection;

    @Option(names = "--min-span", paramLabel = "N", defaultValue = "3", description = "flag a manager with fewer direct reports (default: ${DEFAULT-VALUE})")
    int minSpan;

    @Option(names = "--max-span", paramLabel = "N", defaultValue = "10", description = "flag a manager with more direct reports (default: ${DEFAULT-VALUE})")
    int maxSpan;

    @Option(names = "--max-layers", paramLabel = "N", defaultValue = "6", description = "flag a structure or division with more layers (default: ${DEFAULT-VALUE})")
    int maxLayers;

    @Option(names = "--include-dotted", description = "count dotted-line reports in spans and layers")
    boolean includeDotted;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table", description = "table, csv or json (default: ${DEFAULT-VALUE})")
    OutputFormat format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "write to this file instead of standard output")
    java.nio.file.Path output;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        MetricsSettings settings;
        try {
            settings = new MetricsSettings(minSpan, maxSpan, maxLayers, includeDotted);
        } catch (IllegalArgumentException e) {
            throw new CliException("--min-span, --max-span, --max-layers: " + e.getMessage());
        }
        Model model = selection.source.load();
        org.reshape.domain.CostSettings costSettings = selection.settings(model);
        Costing costing = new Costing(model, costSettings);
        List<ScenarioMetrics> all = new ArrayList<>();
        for (Scenario s : scenarios(model)) {
            all.add(MetricsComparison.measure(model, s, costing, settings));
        }
        java.io.StringWriter text = new java.io.StringWriter();
        PrintWriter out = output == null ? spec.commandLine().getOut() : new PrintWriter(text);
        switch (format) {
            case table -> table(model, all, settings, org.reshape.costing.Percent.describe(costSettings), out);
            case csv -> FinanceCsv.write(MetricsTables.of(all), out);
            case json -> out.println(MetricsJson.write(model, all, costing.payTable().on()));
            default -> throw new CliException("--format " + format + " is not available for metrics; use table, csv or json "
                    + "(the spreadsheet from `reshape cost --format xlsx` has the metrics sheets)");
        }
        out.flush();
        if (output != null) {
            ExportCommand.write(text.toString(), output, spec.commandLine().getOut());
        }
        return 0;
    }

    /// Every scenario, or with --against just that proposal and its base (or --base).
    private List<Scenario> scenarios(Model model) {
        if (selection.against == null && selection.base == null) {
            return model.scenarios();
        }
        Selection.Chosen c = selection.choose();
        return List.of(c.base(), c.proposal());
    }

    private static void table(Model model, List<ScenarioMetrics> all, MetricsSettings settings, String costedAt, PrintWriter out) {
        out.println(model.name() + ": spans of control and layers");
        out.println("Thresholds: " + settings.describe() + ". Assistants are left out of spans"
                + (settings.includeDotted() ? "." : "; dotted lines are left out (--include-dotted counts them)."));
        out.println();
        List<String> headers = new ArrayList<>(List.of(""));
        all.forEach(m -> headers.add(m.scenario().name()));
        int[] right = new int[all.size()];
        for (int i = 0; i < right.length; i++) {
            right[i] = i + 1;
        }
        Table t = new Table(headers.toArray(String[]::new)).rightAlign(right);
        t.row(measure("Posts", all, m -> m.scenario().size()));
        t.row(measure("Managers", all, ScenarioMetrics::managers));
        t.row(measure("Staff posts per manager", all, m -> "1 : " + m.staffPerManager().toPlainString()));
        t.row(measure("Average span", all, m -> m.averageSpan().toPlainString()));
        t.row(measure("Layers", all, ScenarioMetrics::layers));
        t.row(measure("Under span (< " + settings.minSpan() + ")", all, m -> m.flags(Flag.Kind.UNDER_SPAN).size()));
        t.row(measure("Over span (> " + settings.maxSpan() + ")", all, m -> m.flags(Flag.Kind.OVER_SPAN).size()));
        t.row(measure("Grade relativity", all, m -> m.flags(Flag.Kind.GRADE_RELATIVITY).size()));
        t.row(measure("Management cost", all, m -> m.managementCost().format()));
        t.row(measure("Management share of cost", all, m -> m.managementSharePercent().toPlainString() + "%"));
        t.print(out);
        out.println("Costs at " + costedAt + ".");
        all.stream().filter(m -> m.assumedManagers() > 0).forEach(m -> out.println("Assumed: the management cost of "
                + m.scenario().name() + " rests on assumed grades for " + m.assumedManagers() + " of its " + m.managers()
                + " manager posts."));
        all.stream().filter(m -> m.uncosted() > 0).forEach(m -> out.println("Note: " + m.uncosted() + " post(s) of "
                + m.scenario().name() + " have no grade with pay and are left out of the costs."));
        for (ScenarioMetrics m : all) {
            out.println();
            out.println(m.scenario().name());
            print(MetricsTables.spans(List.of(m)), out, 1);
            out.println();
            print(MetricsTables.layers(List.of(m)), out, 1);
            if (!m.flags().isEmpty()) {
                out.println();
                m.flags().forEach(f -> out.println("  " + f.kind().label() + ": " + f.message()));
            }
        }
    }

    private static Object[] measure(String label, List<ScenarioMetrics> all, java.util.function.Function<ScenarioMetrics, Object> f) {
        List<Object> row = new ArrayList<>(List.of(label));
        all.forEach(m -> row.add(f.apply(m)));
        return row.toArray();
    }

    /// A table without its first `skip` columns (the scenario, printed above it).
    private static void print(FinanceTable ft, PrintWriter out, int skip) {
        List<String> headers = ft.columns().subList(skip, ft.columns().size()).stream().map(FinanceTable.Column::header).toList();
        Table t = new Table(headers.toArray(String[]::new));
        for (int c = skip; c < ft.columns().size(); c++) {
            FinanceTable.Kind k = ft.columns().get(c).kind();
            if (k != FinanceTable.Kind.TEXT && k != FinanceTable.Kind.FLAG) {
                t.rightAlign(c - skip);
            }
        }
        for (List<Object> r : ft.rows()) {
            t.row(r.subList(skip, r.size()).stream().map(FinanceTable::display).toArray());
        }
        t.print(out);
    }
}
