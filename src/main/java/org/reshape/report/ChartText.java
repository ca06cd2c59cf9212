package org.reshape.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.reshape.card.Badge;
import org.reshape.card.Card;
import org.reshape.domain.Division;
import org.reshape.domain.Model;
import org.reshape.domain.Scenario;

/// The organisation chart as text, for a reader who cannot see it: for each
/// division, a table of its posts in the chart's order (each manager followed
/// by its reports), saying what each card says — grade, pay, who or what is in
/// post, the change badges — and whom the post reports to. It prints from the
/// same cards as the chart, so names and pay are withheld in the public
/// version exactly as they are on the chart.
final class ChartText {
    static final String HEADING = "Posts by division and manager";

    private ChartText() {
    }

    static void write(Flow f, Model model, Scenario scenario, ChartModel chart) {
        f.heading(HEADING, 1);
        f.paragraph("", "The organisation chart as text: each division's posts in the order of the chart, each manager followed by "
                + "the posts that report to it.");
        Map<String, List<Integer>> byDivision = new LinkedHashMap<>();
        for (Division d : model.divisions()) {
            byDivision.put(d.id(), new ArrayList<>());
        }
        for (int i : depthFirst(chart)) {
            byDivision.computeIfAbsent(chart.cards[i].divisionId(), k -> new ArrayList<>()).add(i);
        }
        boolean changes = false;
        for (Card c : chart.cards) {
            changes |= !c.badgeRows().isEmpty();
        }
        for (var e : byDivision.entrySet()) {
            if (e.getValue().isEmpty()) {
                continue;
            }
            f.heading(model.divisionName(e.getKey()), 2);
            Table t = new Table().left("Post", 3).left("Grade and pay", 2.6).left("In post", 1.6).left("Reports to", 2.6);
            if (changes) {
                t.left("Change", 1.8);
            }
            for (int i : e.getValue()) {
                Card c = chart.cards[i];
                String title = scenario.post(c.key()).title();
                String grade = c.grade() + (c.range().isEmpty() ? "" : ", " + c.range()) + " (" + c.fte() + ")";
                String manager = chart.parent[i] < 0 ? "—" : scenario.post(chart.cards[chart.parent[i]].key()).title();
                String in = String.join(" ", c.occupancy());
                if (changes) {
                    List<String> badges = c.badgeRows().stream().flatMap(List::stream).map(Badge::meaning).toList();
                    t.row(title, grade, in, manager, badges.isEmpty() ? "—" : String.join(", ", badges));
                } else {
                    t.row(title, grade, in, manager);
                }
            }
            f.table(t);
        }
    }

    /// Every card, each manager before its reports and each report's own team before the next report.
    private static List<Integer> depthFirst(ChartModel chart) {
        List<Integer> out = new ArrayList<>(chart.size());
        java.util.ArrayDeque<Integer> stack = new java.util.ArrayDeque<>();
        for (int i = chart.size() - 1; i >= 0; i--) {
            if (chart.parent[i] < 0) {
                stack.push(i);
            }
        }
        while (!stack.isEmpty()) {
            int i = stack.pop();
            out.add(i);
            for (int k = chart.children[i].length - 1; k >= 0; k--) {
                stack.push(chart.children[i][k]);
            }
        }
        return out;
    }
}
