package org.reshape.metrics;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.reshape.domain.Money;
import org.reshape.domain.Scenario;

/// The shape of one scenario: every manager's span, the layers overall and per
/// division, the ratio of managers to staff, the management share of cost, and
/// what falls outside the thresholds.
///
/// @param spans           one per manager (a post with at least one counted report), in chart order
/// @param postsPerLayer   the layers pyramid: posts in layer 1, 2, …
/// @param ftePerLayer     the same in FTE
/// @param divisions       layers per division, in the model's division order
/// @param staffPosts      posts that manage no one (assistants included)
/// @param managementCost  the cost of the manager posts, on the comparison's basis
/// @param totalCost       the cost of every post
/// @param uncosted        posts left out of both costs because they have no grade with pay
/// @param assumedManagers manager posts whose grade (and so the management cost) is assumed
/// @param flags           spans, layers and grade relativities outside the thresholds
public record ScenarioMetrics(Scenario scenario, MetricsSettings settings, List<Span> spans, List<Integer> postsPerLayer,
                              List<BigDecimal> ftePerLayer, List<DivisionLayers> divisions, int assistants, int roots,
                              int staffPosts, BigDecimal managerFte, BigDecimal staffFte, Money managementCost,
                              Money totalCost, int uncosted, int assumedManagers, List<Flag> flags) {

    public ScenarioMetrics {
        spans = List.copyOf(spans);
        postsPerLayer = List.copyOf(postsPerLayer);
        ftePerLayer = List.copyOf(ftePerLayer);
        divisions = List.copyOf(divisions);
        flags = List.copyOf(flags);
    }

    public int layers() {
        return postsPerLayer.size();
    }

    public int managers() {
        return spans.size();
    }

    /// The sum of all spans: every counted reporting line.
    public int totalReports() {
        return spans.stream().mapToInt(Span::reports).sum();
    }

    /// The mean span, to one decimal place, or zero with no managers.
    public BigDecimal averageSpan() {
        return spans.isEmpty() ? BigDecimal.ZERO
                : BigDecimal.valueOf(totalReports()).divide(BigDecimal.valueOf(spans.size()), 1, RoundingMode.HALF_UP);
    }

    /// Staff posts for each manager post, to one decimal place: "1 : 2.3".
    public BigDecimal staffPerManager() {
        return spans.isEmpty() ? BigDecimal.ZERO
                : BigDecimal.valueOf(staffPosts).divide(BigDecimal.valueOf(spans.size()), 1, RoundingMode.HALF_UP);
    }

    /// Staff FTE for each manager FTE, to one decimal place.
    public BigDecimal staffFtePerManagerFte() {
        return managerFte.signum() == 0 ? BigDecimal.ZERO : staffFte.divide(managerFte, 1, RoundingMode.HALF_UP);
    }

    /// The management cost as a percentage of the total, to one decimal place.
    public BigDecimal managementSharePercent() {
        return totalCost.isZero() ? BigDecimal.ZERO
                : BigDecimal.valueOf(managementCost.pence()).multiply(BigDecimal.valueOf(100))
                        .divide(BigDecimal.valueOf(totalCost.pence()), 1, RoundingMode.HALF_UP);
    }

    /// How many managers have each span: span → managers, smallest span first.
    public SortedMap<Integer, Integer> spanHistogram() {
        TreeMap<Integer, Integer> h = new TreeMap<>();
        spans.forEach(s -> h.merge(s.reports(), 1, Integer::sum));
        return java.util.Collections.unmodifiableSortedMap(h);
    }

    public List<Flag> flags(Flag.Kind kind) {
        return flags.stream().filter(f -> f.kind() == kind).toList();
    }

    /// The flags about one post.
    public List<Flag> flagsFor(String key) {
        return flags.stream().filter(f -> f.key().equals(key)).toList();
    }

    public java.util.Optional<Span> span(String key) {
        return spans.stream().filter(s -> s.key().equals(key)).findFirst();
    }

    /// Flags by post key, for marking cards.
    public Map<String, List<Flag>> flagsByPost() {
        Map<String, List<Flag>> m = new java.util.LinkedHashMap<>();
        flags.stream().filter(f -> !f.key().isEmpty()).forEach(f -> m.computeIfAbsent(f.key(), k -> new java.util.ArrayList<>()).add(f));
        return m;
    }
}
