package org.reshape.metrics;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.reshape.costing.PostCost;
import org.reshape.costing.ScenarioCost;
import org.reshape.domain.Model;
import org.reshape.domain.Money;
import org.reshape.domain.PayTable;
import org.reshape.domain.Post;
import org.reshape.domain.Scenario;

/// Works out a scenario's spans and layers (DESIGN.md, issue 19).
///
/// - A post's **direct reports** are the posts whose line manager it is,
///   leaving out assistants; with [MetricsSettings#includeDotted()] the posts
///   that report to it by a dotted line count too. A **manager** is a post with
///   at least one counted report, and its **span** is their number. So, without
///   dotted lines, the spans add up to posts − roots − assistants.
/// - A post's **layer** is 1 at the top and one more than its line manager's;
///   an assistant sits beside its manager, in the same layer. With dotted lines
///   included, a post is also at least one layer below each dotted-line manager.
/// - **Grade relativity**: a manager whose grade maximum is at or below a
///   direct report's, on the scale versions of the costing date.
public final class Metrics {
    private Metrics() {
    }

    /// @param cost the scenario's cost, for the management share (from [org.reshape.costing.Costing])
    public static ScenarioMetrics of(Model model, Scenario s, ScenarioCost cost, PayTable pay, MetricsSettings settings) {
        Map<String, Integer> layer = layers(s, settings.includeDotted());
        Map<String, List<Post>> counted = new HashMap<>();
        int assistants = 0;
        int roots = 0;
        for (Post p : s.posts()) {
            boolean root = p.isRoot() || !s.contains(p.managerKey());
            if (root) {
                roots++;
            } else if (p.isAssistant()) {
                assistants++;
            } else {
                counted.computeIfAbsent(p.managerKey(), k -> new ArrayList<>()).add(p);
            }
            if (settings.includeDotted()) {
                for (String d : p.design().dottedManagers()) {
                    if (s.contains(d) && !d.equals(p.managerKey()) && !d.equals(p.key())) {
                        counted.computeIfAbsent(d, k -> new ArrayList<>()).add(p);
                    }
                }
            }
        }
        List<Span> spans = new ArrayList<>();
        List<Flag> flags = new ArrayList<>();
        BigDecimal managerFte = BigDecimal.ZERO;
        BigDecimal staffFte = BigDecimal.ZERO;
        int staff = 0;
        Money managementCost = Money.ZERO;
        Money total = Money.ZERO;
        int uncosted = 0;
        int assumedManagers = 0;
        for (Post p : s.posts()) {
            List<Post> reports = counted.getOrDefault(p.key(), List.of());
            PostCost c = cost == null ? null : cost.post(p.key());
            Money money = c == null ? Money.ZERO : c.total();
            if (c == null || !c.costed()) {
                uncosted++;
            }
            total = total.plus(money);
            if (reports.isEmpty()) {
                staff++;
                staffFte = staffFte.add(p.fte());
                continue;
            }
            managerFte = managerFte.add(p.fte());
            if (p.provenance().isAssumed(org.reshape.domain.PostField.GRADE)
                    || model.grade(p.gradeId()).map(org.reshape.domain.Grade::isAssumed).orElse(false)) {
                assumedManagers++;
            }
            managementCost = managementCost.plus(money);
            BigDecimal fte = BigDecimal.ZERO;
            int headcount = 0;
            for (Post r : reports) {
                fte = fte.add(r.fte());
                headcount += r.headcount();
            }
            Span span = new Span(p.key(), p.title(), p.divisionId(), reports.size(), fte.stripTrailingZeros(), headcount,
                    layer.get(p.key()));
            spans.add(span);
            if (span.reports() < settings.minSpan()) {
                flags.add(new Flag(Flag.Kind.UNDER_SPAN, p.key(), "span " + span.reports() + " (under " + settings.minSpan()
                        + "): " + p.title()));
            } else if (span.reports() > settings.maxSpan()) {
                flags.add(new Flag(Flag.Kind.OVER_SPAN, p.key(), "span " + span.reports() + " (over " + settings.maxSpan()
                        + "): " + p.title()));
            }
        }
        int depth = layer.values().stream().mapToInt(Integer::intValue).max().orElse(0);
        List<Integer> perLayer = new ArrayList<>(java.util.Collections.nCopies(depth, 0));
        List<BigDecimal> ftePerLayer = new ArrayList<>(java.util.Collections.nCopies(depth, BigDecimal.ZERO));
        Map<String, int[]> byDivision = new LinkedHashMap<>();
        model.divisions().forEach(d -> byDivision.put(d.id(), new int[depth]));
        for (Post p : s.posts()) {
            int l = layer.get(p.key()) - 1;
            perLayer.set(l, perLayer.get(l) + 1);
            ftePerLayer.set(l, ftePerLayer.get(l).add(p.fte()).stripTrailingZeros());
            byDivision.computeIfAbsent(p.divisionId(), k -> new int[depth])[l]++;
        }
        List<DivisionLayers> divisions = new ArrayList<>();
        byDivision.forEach((id, counts) -> {
            if (java.util.Arrays.stream(counts).sum() > 0) {
                divisions.add(new DivisionLayers(id, model.divisionName(id), java.util.Arrays.stream(counts).boxed().toList()));
            }
        });
        if (depth > settings.maxLayers()) {
            flags.add(new Flag(Flag.Kind.TOO_MANY_LAYERS, "", depth + " layers (more than " + settings.maxLayers() + ") in "
                    + s.name()));
            for (DivisionLayers d : divisions) {
                if (d.layers() > settings.maxLayers()) {
                    flags.add(new Flag(Flag.Kind.TOO_MANY_LAYERS, "", d.name() + " reaches layer " + d.layers()
                            + " (more than " + settings.maxLayers() + ")"));
                }
            }
        }
        flags.addAll(GradeRelativity.flags(model, s, pay));
        return new ScenarioMetrics(s, settings, spans, perLayer, ftePerLayer, divisions, assistants, roots, staff,
                managerFte.stripTrailingZeros(), staffFte.stripTrailingZeros(), managementCost, total, uncosted, assumedManagers, flags);
    }

    /// Each post's layer: 1 for a root, one below its line manager, an assistant beside its manager.
    static Map<String, Integer> layers(Scenario s, boolean includeDotted) {
        Map<String, Integer> layer = new HashMap<>(s.size() * 2);
        List<Post> order = new ArrayList<>(s.size());
        for (Post root : s.roots()) {
            layer.put(root.key(), 1);
            order.add(root);
        }
        for (int i = 0; i < order.size(); i++) {
            Post m = order.get(i);
            for (Post r : s.reportsTo(m.key())) {
                if (layer.putIfAbsent(r.key(), layer.get(m.key()) + (r.isAssistant() ? 0 : 1)) == null) {
                    order.add(r);
                }
            }
        }
        // A post on a reporting-line cycle is reached from no root; the validator names the cycle.
        s.posts().forEach(p -> layer.putIfAbsent(p.key(), 1));
        if (includeDotted) {
            // Push posts below their dotted-line managers, a pass at a time; a loop of dotted lines stops at s.size() passes.
            for (int pass = 0, changed = 1; changed > 0 && pass < s.size(); pass++) {
                changed = 0;
                for (Post p : order) {
                    int l = layer.get(p.key());
                    Post m = s.post(p.managerKey());
                    if (m != null) {
                        l = Math.max(l, layer.get(m.key()) + (p.isAssistant() ? 0 : 1));
                    }
                    for (String d : p.design().dottedManagers()) {
                        if (s.contains(d) && !d.equals(p.key())) {
                            l = Math.max(l, layer.get(d) + 1);
                        }
                    }
                    if (l != layer.get(p.key()) && l <= s.size()) {
                        layer.put(p.key(), l);
                        changed++;
                    }
                }
            }
        }
        return layer;
    }
}
