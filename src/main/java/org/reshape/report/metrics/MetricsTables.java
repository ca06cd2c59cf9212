package org.reshape.report.metrics;

import java.util.ArrayList;
import java.util.List;
import org.reshape.metrics.DivisionLayers;
import org.reshape.metrics.Flag;
import org.reshape.metrics.ScenarioMetrics;
import org.reshape.metrics.Span;
import org.reshape.report.finance.FinanceTable;
import org.reshape.report.finance.FinanceTable.Column;
import org.reshape.report.finance.FinanceTable.Kind;

/// Spans and layers as tables, one row per scenario, manager, division or
/// flag, so that the command line, its CSV, the spreadsheet and the window all
/// show the same figures.
public final class MetricsTables {
    private MetricsTables() {
    }

    /// Summary, Spans, Layers and Flags, for the scenarios in the order given.
    public static List<FinanceTable> of(List<ScenarioMetrics> scenarios) {
        return List.of(summary(scenarios), spans(scenarios), layers(scenarios), flags(scenarios));
    }

    public static FinanceTable summary(List<ScenarioMetrics> scenarios) {
        List<Column> cols = List.of(new Column("Scenario", Kind.TEXT), new Column("Posts", Kind.COUNT),
                new Column("Managers", Kind.COUNT), new Column("Staff posts", Kind.COUNT),
                new Column("Staff per manager", Kind.FTE), new Column("Average span", Kind.FTE), new Column("Layers", Kind.COUNT),
                new Column("Under span", Kind.COUNT), new Column("Over span", Kind.COUNT),
                new Column("Grade relativity", Kind.COUNT), new Column("Management cost", Kind.MONEY),
                new Column("Total cost", Kind.MONEY), new Column("Management share %", Kind.FTE));
        List<List<Object>> rows = new ArrayList<>();
        for (ScenarioMetrics m : scenarios) {
            rows.add(List.of(m.scenario().name(), m.scenario().size(), m.managers(), m.staffPosts(), m.staffPerManager(),
                    m.averageSpan(), m.layers(), m.flags(Flag.Kind.UNDER_SPAN).size(), m.flags(Flag.Kind.OVER_SPAN).size(),
                    m.flags(Flag.Kind.GRADE_RELATIVITY).size(), m.managementCost(), m.totalCost(), m.managementSharePercent()));
        }
        return new FinanceTable("Structure", cols, rows, false);
    }

    public static FinanceTable spans(List<ScenarioMetrics> scenarios) {
        List<Column> cols = List.of(new Column("Scenario", Kind.TEXT), new Column("Post", Kind.TEXT),
                new Column("Manager", Kind.TEXT), new Column("Division", Kind.TEXT), new Column("Layer", Kind.COUNT),
                new Column("Direct reports", Kind.COUNT), new Column("Reports FTE", Kind.FTE),
                new Column("Reports headcount", Kind.COUNT), new Column("Flag", Kind.TEXT));
        List<List<Object>> rows = new ArrayList<>();
        for (ScenarioMetrics m : scenarios) {
            for (Span s : m.spans()) {
                rows.add(List.of(m.scenario().name(), s.key(), s.title(), divisionName(m, s.divisionId()), s.layer(),
                        s.reports(), s.fte(), s.headcount(), spanFlag(m, s)));
            }
        }
        return new FinanceTable("Spans", cols, rows, false);
    }

    /// "under span", "over span", or empty.
    public static String spanFlag(ScenarioMetrics m, Span s) {
        return String.join("; ", m.flagsFor(s.key()).stream()
                .filter(f -> f.kind() == Flag.Kind.UNDER_SPAN || f.kind() == Flag.Kind.OVER_SPAN).map(f -> f.kind().label()).toList());
    }

    public static FinanceTable layers(List<ScenarioMetrics> scenarios) {
        int depth = scenarios.stream().mapToInt(ScenarioMetrics::layers).max().orElse(0);
        List<Column> cols = new ArrayList<>(List.of(new Column("Scenario", Kind.TEXT), new Column("Division", Kind.TEXT),
                new Column("Layers", Kind.COUNT)));
        for (int l = 1; l <= depth; l++) {
            cols.add(new Column("Layer " + l, Kind.COUNT));
        }
        List<List<Object>> rows = new ArrayList<>();
        for (ScenarioMetrics m : scenarios) {
            rows.add(layerRow(m.scenario().name(), "All divisions", m.layers(), m.postsPerLayer(), depth));
            for (DivisionLayers d : m.divisions()) {
                rows.add(layerRow(m.scenario().name(), d.name(), d.layers(), d.perLayer(), depth));
            }
        }
        return new FinanceTable("Layers", cols, rows, false);
    }

    private static List<Object> layerRow(String scenario, String division, int layers, List<Integer> perLayer, int depth) {
        List<Object> row = new ArrayList<>(List.of(scenario, division, layers));
        for (int l = 0; l < depth; l++) {
            row.add(l < perLayer.size() ? perLayer.get(l) : 0);
        }
        return row;
    }

    public static FinanceTable flags(List<ScenarioMetrics> scenarios) {
        List<Column> cols = List.of(new Column("Scenario", Kind.TEXT), new Column("Flag", Kind.TEXT),
                new Column("Post", Kind.TEXT), new Column("What", Kind.TEXT));
        List<List<Object>> rows = new ArrayList<>();
        for (ScenarioMetrics m : scenarios) {
            for (Flag f : m.flags()) {
                rows.add(List.of(m.scenario().name(), f.kind().label(), f.key(), f.message()));
            }
        }
        return new FinanceTable("Design flags", cols, rows, false);
    }

    private static String divisionName(ScenarioMetrics m, String id) {
        return m.divisions().stream().filter(d -> d.divisionId().equals(id)).map(DivisionLayers::name).findFirst().orElse(id);
    }
}
