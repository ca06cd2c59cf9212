package org.reshape.ui.metrics;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.reshape.metrics.Flag;
import org.reshape.metrics.MetricsComparison;
import org.reshape.metrics.MetricsSettings;
import org.reshape.metrics.ScenarioMetrics;
import org.reshape.metrics.Span;
import org.reshape.ui.workspace.Workspace;

/// What the Metrics view shows, without a node: the thresholds (checked and
/// applied to the workspace, so the cards in Compare use them too), the
/// before-and-after summary, and one row per manager in either structure with
/// its span before and after and whether it is under or over span.
public final class MetricsViewModel {
    private final Workspace workspace;
    private final IntegerProperty minSpan = new SimpleIntegerProperty(this, "minSpan");
    private final IntegerProperty maxSpan = new SimpleIntegerProperty(this, "maxSpan");
    private final IntegerProperty maxLayers = new SimpleIntegerProperty(this, "maxLayers");
    private final BooleanProperty includeDotted = new SimpleBooleanProperty(this, "includeDotted");
    private final StringProperty problem = new SimpleStringProperty(this, "problem", "");

    /// One measure, before and after.
    public record SummaryRow(String measure, String before, String after) {
    }

    /// A manager in either structure; a span is null where the post manages no one (or is not there).
    public record ManagerRow(String key, String title, String division, Integer before, Integer after, String beforeFlag,
                             String afterFlag) {
        public boolean flagged() {
            return !beforeFlag.isEmpty() || !afterFlag.isEmpty();
        }
    }

    public MetricsViewModel(Workspace workspace) {
        this.workspace = workspace;
        MetricsSettings s = workspace.metricsSettingsProperty().get();
        minSpan.set(s.minSpan());
        maxSpan.set(s.maxSpan());
        maxLayers.set(s.maxLayers());
        includeDotted.set(s.includeDotted());
        minSpan.addListener(o -> apply());
        maxSpan.addListener(o -> apply());
        maxLayers.addListener(o -> apply());
        includeDotted.addListener(o -> apply());
    }

    /// Puts the thresholds into the workspace, or says why they cannot be.
    private void apply() {
        try {
            workspace.metricsSettingsProperty().set(new MetricsSettings(minSpan.get(), maxSpan.get(), maxLayers.get(), includeDotted.get()));
            problem.set("");
        } catch (IllegalArgumentException e) {
            problem.set("Not applied: " + e.getMessage() + ".");
        }
    }

    public IntegerProperty minSpanProperty() {
        return minSpan;
    }

    public IntegerProperty maxSpanProperty() {
        return maxSpan;
    }

    public IntegerProperty maxLayersProperty() {
        return maxLayers;
    }

    public BooleanProperty includeDottedProperty() {
        return includeDotted;
    }

    public StringProperty problemProperty() {
        return problem;
    }

    public MetricsComparison metrics() {
        return workspace.metrics();
    }

    /// "Under or over span: 5 managers before, 6 after" — the answer to the first question people ask.
    public String headline() {
        MetricsComparison m = metrics();
        if (m == null) {
            return "No proposal to compare.";
        }
        MetricsSettings s = m.base().settings();
        return "Managers under span (fewer than " + s.minSpan() + " reports) or over span (more than " + s.maxSpan() + "): "
                + outside(m.base()) + " in " + m.base().scenario().name() + ", " + outside(m.proposal()) + " in "
                + m.proposal().scenario().name() + ". Layers: " + m.base().layers() + " → " + m.proposal().layers() + ".";
    }

    private static int outside(ScenarioMetrics m) {
        return m.flags(Flag.Kind.UNDER_SPAN).size() + m.flags(Flag.Kind.OVER_SPAN).size();
    }

    public List<SummaryRow> summary() {
        MetricsComparison m = metrics();
        if (m == null) {
            return List.of();
        }
        List<SummaryRow> rows = new ArrayList<>();
        row(rows, m, "Posts", x -> String.valueOf(x.scenario().size()));
        row(rows, m, "Managers", x -> String.valueOf(x.managers()));
        row(rows, m, "Staff posts per manager", x -> "1 : " + x.staffPerManager().toPlainString());
        row(rows, m, "Average span", x -> x.averageSpan().toPlainString());
        row(rows, m, "Layers", x -> String.valueOf(x.layers()));
        row(rows, m, "Under span", x -> String.valueOf(x.flags(Flag.Kind.UNDER_SPAN).size()));
        row(rows, m, "Over span", x -> String.valueOf(x.flags(Flag.Kind.OVER_SPAN).size()));
        row(rows, m, "Grade relativity", x -> String.valueOf(x.flags(Flag.Kind.GRADE_RELATIVITY).size()));
        row(rows, m, "Management cost", x -> x.managementCost().formatPounds() + (x.assumedManagers() > 0 ? " ≈" : ""));
        row(rows, m, "Management share", x -> x.managementSharePercent().toPlainString() + "%");
        return rows;
    }

    /// Why a "≈" is on the management cost, or empty.
    public String assumptionNote() {
        MetricsComparison m = metrics();
        if (m == null || m.base().assumedManagers() + m.proposal().assumedManagers() == 0) {
            return "";
        }
        return "≈ The management cost rests on assumed grades for " + m.base().assumedManagers() + " of "
                + m.base().managers() + " manager posts before and " + m.proposal().assumedManagers() + " of "
                + m.proposal().managers() + " after.";
    }

    private static void row(List<SummaryRow> rows, MetricsComparison m, String measure, Function<ScenarioMetrics, String> f) {
        rows.add(new SummaryRow(measure, f.apply(m.base()), f.apply(m.proposal())));
    }

    /// Every manager of either structure, flagged ones first, each group in chart order (proposal, then base-only posts).
    public List<ManagerRow> managers() {
        MetricsComparison m = metrics();
        if (m == null) {
            return List.of();
        }
        Map<String, ManagerRow> rows = new LinkedHashMap<>();
        List<String> keys = new ArrayList<>();
        m.proposal().spans().forEach(s -> keys.add(s.key()));
        m.base().spans().stream().map(Span::key).filter(k -> !keys.contains(k)).forEach(keys::add);
        for (String key : keys) {
            Span b = m.base().span(key).orElse(null);
            Span a = m.proposal().span(key).orElse(null);
            Span shown = a != null ? a : b;
            var post = a != null ? m.proposal().scenario().post(key) : m.base().scenario().post(key);
            String division = (a != null ? m.proposal() : m.base()).divisions().stream()
                    .filter(d -> d.divisionId().equals(post.divisionId())).map(d -> d.name()).findFirst().orElse("");
            rows.put(key, new ManagerRow(key, shown.title(), division, b == null ? null : b.reports(), a == null ? null : a.reports(),
                    spanFlag(m.base(), key), spanFlag(m.proposal(), key)));
        }
        List<ManagerRow> out = new ArrayList<>(rows.values().stream().filter(ManagerRow::flagged).toList());
        rows.values().stream().filter(r -> !r.flagged()).forEach(out::add);
        return out;
    }

    private static String spanFlag(ScenarioMetrics m, String key) {
        return String.join(", ", m.flagsFor(key).stream()
                .filter(f -> f.kind() == Flag.Kind.UNDER_SPAN || f.kind() == Flag.Kind.OVER_SPAN).map(f -> f.kind().label()).toList());
    }

    /// Grade relativity and layer flags, each with its scenario: "Proposed structure: …".
    public List<String> otherFlags() {
        MetricsComparison m = metrics();
        if (m == null) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (ScenarioMetrics s : List.of(m.base(), m.proposal())) {
            s.flags().stream().filter(f -> f.kind() != Flag.Kind.UNDER_SPAN && f.kind() != Flag.Kind.OVER_SPAN)
                    .forEach(f -> out.add(s.scenario().name() + " — " + f.kind().label() + ": " + f.message()));
        }
        return out;
    }
}
