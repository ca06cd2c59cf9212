package org.reshape.report;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.reshape.card.Badge;
import org.reshape.card.Card;
import org.reshape.domain.Division;
import org.reshape.domain.Model;
import org.reshape.domain.Scenario;
import org.reshape.layout.Layout;
import org.reshape.report.page.Colour;
import org.reshape.report.page.Drawing;
import org.reshape.report.page.Face;
import org.reshape.report.page.Tag;
import org.reshape.report.page.TextWrap;

/// The chart pages of an appendix (landscape): the title block on the first,
/// the chart planned by [ChartPlanner] and fitted to each page, and a legend
/// at the foot of each. Returns page bodies; [Chrome] adds header and footer.
/// Each chart is a figure in the document's structure, bookmarked, whose
/// alternative text names the post at its top and how many posts it shows;
/// [ChartText] gives the same posts as text.
final class ChartPages {
    private static final double TITLE_BLOCK = 58;
    private static final double SUBTITLE = 26;

    private ChartPages() {
    }

    static List<List<Drawing>> build(Model model, Scenario scenario, ChartModel chart, AppendixOptions o, Tag document) {
        boolean landscape = true;
        double w = Chrome.width(landscape);
        double h = Chrome.height(landscape);
        double side = Chrome.side(landscape);
        double areaW = w - 2 * side;
        // planned with the line about continued cards, drawn without it when the chart is one page
        Legend legend = legend(model, chart, true);
        double legendTop = h - Chrome.FOOTER_TOP - 6 - legend.height(areaW);
        double bottom = legendTop - 8;
        double firstTop = Chrome.MARGIN + TITLE_BLOCK;
        double otherTop = Chrome.HEADER_BOTTOM + SUBTITLE;
        double minScale = CardStyle.MIN_PRINTED_PT / (CardStyle.SMALLEST * o.paper().unit());
        double maxScale = 1.0 / o.paper().unit();
        ChartPlanner planner = new ChartPlanner(chart, new ChartPlanner.Area(areaW, bottom - firstTop),
                new ChartPlanner.Area(areaW, bottom - otherTop), minScale, maxScale);
        List<Sheet> sheets = planner.plan();
        SheetLayout layouts = new SheetLayout(chart);
        if (sheets.size() == 1) {
            legend = legend(model, chart, false);
        }
        Map<Sheet, Integer> pageOf = new IdentityHashMap<>();
        for (int i = 0; i < sheets.size(); i++) {
            pageOf.put(sheets.get(i), i + 1);
        }
        List<List<Drawing>> pages = new ArrayList<>();
        for (int i = 0; i < sheets.size(); i++) {
            Sheet sheet = sheets.get(i);
            List<Drawing> body = new ArrayList<>();
            double top = i == 0 ? firstTop : otherTop;
            String where;
            if (i == 0) {
                titleBlock(body, model, scenario, o, side, w - side, document);
                where = sheets.size() == 1 ? "" : " (page 1 of " + sheets.size() + ")";
            } else {
                String subtitle = subtitle(model, chart, sheet, pageOf);
                Tag heading = document.heading(Tag.Role.H2, subtitle, 0);
                body.add(Drawing.Tagged.of(heading, new Drawing.Text(side, Chrome.HEADER_BOTTOM + 17,
                        TextWrap.ellipsis(subtitle, Face.BOLD, 12, w - 2 * side), Face.BOLD, 12, CardStyle.TEXT)));
                where = ", page " + (i + 1) + ": " + subtitle;
            }
            List<Drawing> drawn = new ArrayList<>();
            chart(drawn, model, layouts, chart, sheet, pageOf, side, top, areaW, bottom - top, maxScale);
            Tag figure = document.figure(alt(scenario, chart, sheet, pageOf, i + 1, sheets.size()), "Organisation chart" + where);
            body.add(new Drawing.Tagged(figure, drawn));
            List<Drawing> key = new ArrayList<>();
            legend.draw(key, side, legendTop, areaW);
            body.add(new Drawing.Tagged(document.add(Tag.Role.P), key));
            pages.add(body);
        }
        return pages;
    }

    private static void chart(List<Drawing> out, Model model, SheetLayout layouts, ChartModel chart, Sheet sheet, Map<Sheet, Integer> pageOf,
                              double left, double top, double width, double height, double maxScale) {
        int[] nodes = sheet.nodes;
        if (nodes.length == 0) {
            return;
        }
        SheetLayout.Placed placed = layouts.layout(nodes, sheet.continuedOn::containsKey, sheet.continuedFrom::containsKey, sheet.shape);
        Layout l = placed.layout();
        double extW = placed.width();
        double extH = placed.height();
        double s = Math.min(maxScale, Math.min(width / extW, height / extH));
        Map<Integer, Integer> local = new java.util.HashMap<>();
        for (int i = 0; i < nodes.length; i++) {
            local.put(nodes[i], i);
        }
        String[] division = new String[nodes.length];
        int[] parent = new int[nodes.length];
        for (int i = 0; i < nodes.length; i++) {
            division[i] = chart.cards[nodes[i]].divisionId();
            parent[i] = local.getOrDefault(chart.parent[nodes[i]], -1);
        }
        List<Drawing> items = new ArrayList<>();
        List<Outlines.Outline> outlines = Outlines.of(division, parent, l);
        for (Outlines.Outline b : outlines) {
            Colour c = colourOf(chart, nodes, division, b.divisionId());
            items.add(new Drawing.Box(b.minX(), b.minY(), b.maxX() - b.minX(), b.maxY() - b.minY(), 8, c.tint(0.94), c.tint(0.45), 0.75, false));
        }
        for (int i = 0; i < nodes.length; i++) {
            if (parent[i] >= 0) {
                CardDrawer.edge(items, l, i, parent[i]);
            }
        }
        // labels after the connectors, on a patch of the outline's colour, so no line runs through a name
        for (Outlines.Outline b : outlines) {
            if (b.labelled()) {
                Colour c = colourOf(chart, nodes, division, b.divisionId());
                String name = TextWrap.ellipsis(model.divisionName(b.divisionId()), Face.BOLD, CardStyle.BAND_LABEL_SIZE, b.maxX() - b.minX() - 10);
                double w = Face.BOLD.width(name, CardStyle.BAND_LABEL_SIZE);
                items.add(Drawing.Box.filled(b.minX() + 3, b.minY() + 1.5, w + 4, 10.5, 2, c.tint(0.94)));
                items.add(new Drawing.Text(b.minX() + 5, b.minY() + 9.5, name, Face.BOLD, CardStyle.BAND_LABEL_SIZE,
                        org.reshape.report.page.Contrast.label(c, c.tint(0.94))));
            }
        }
        for (int i = 0; i < nodes.length; i++) {
            Sheet from = sheet.continuedFrom.get(nodes[i]);
            Sheet on = sheet.continuedOn.get(nodes[i]);
            CardDrawer.card(items, l, i, chart.cards[nodes[i]], from == null ? null : "▲ continued from page " + pageOf.get(from),
                    on == null ? null : "▼ continued on page " + pageOf.get(on));
        }
        double dx = left + (width - extW * s) / 2 + CardStyle.BAND_PAD * s;
        double dy = top + CardStyle.BAND_LABEL * s;
        out.add(new Drawing.Group(s, dx, dy, items));
    }

    private static Colour colourOf(ChartModel chart, int[] nodes, String[] division, String id) {
        for (int i = 0; i < nodes.length; i++) {
            if (division[i].equals(id)) {
                return Colour.web(chart.cards[nodes[i]].colour());
            }
        }
        return Colour.GREY;
    }

    /// What a screen reader says for one chart page: the post at its top, how many posts it shows, where it continues.
    static String alt(Scenario scenario, ChartModel chart, Sheet sheet, Map<Sheet, Integer> pageOf, int page, int pages) {
        int posts = sheet.nodes.length;
        String top = posts == 0 ? "no post" : scenario.post(chart.cards[sheet.nodes[0]].key()).title();
        StringBuilder s = new StringBuilder("Organisation chart of the ").append(Words.lowerFirst(scenario.name()));
        if (pages > 1) {
            s.append(", page ").append(page).append(" of ").append(pages);
        }
        s.append(": ").append(top).append(" at the top, ").append(posts).append(posts == 1 ? " post" : " posts").append(" shown.");
        java.util.TreeSet<Integer> next = new java.util.TreeSet<>();
        sheet.continuedOn.values().forEach(x -> next.add(pageOf.get(x)));
        if (!next.isEmpty()) {
            s.append(" Reports continue on page").append(next.size() == 1 ? " " : "s ")
                    .append(Words.and(next.stream().map(String::valueOf).toList())).append('.');
        }
        return s.append(" The section \"").append(ChartText.HEADING).append("\" lists the same posts as text.").toString();
    }

    private static void titleBlock(List<Drawing> out, Model model, Scenario s, AppendixOptions o, double left, double right, Tag doc) {
        out.add(Drawing.Tagged.of(doc.heading(Tag.Role.H1, o.title(), 0),
                new Drawing.Text(left, Chrome.MARGIN + 16, o.title(), Face.BOLD, 18, CardStyle.TEXT)));
        String who = Appendix.who(model);
        out.add(Drawing.Tagged.of(doc.add(Tag.Role.P), new Drawing.Text(left, Chrome.MARGIN + 32, who, Face.REGULAR, 11, CardStyle.TEXT)));
        String what = Appendix.what(s);
        out.add(Drawing.Tagged.of(doc.add(Tag.Role.P), new Drawing.Text(left, Chrome.MARGIN + 46, what, Face.REGULAR, 9.5, Chrome.MUTED)));
        List<Drawing> right3 = new ArrayList<>();
        rightText(right3, right, Chrome.MARGIN + 10, "Classification: " + o.classification(), Face.BOLD, 9, CardStyle.TEXT);
        rightText(right3, right, Chrome.MARGIN + 23, Words.date(o.date()), Face.REGULAR, 9, CardStyle.TEXT);
        rightText(right3, right, Chrome.MARGIN + 36, o.versionText(), Face.REGULAR, 8, Chrome.MUTED);
        for (Drawing d : right3) {
            out.add(Drawing.Tagged.of(doc.add(Tag.Role.P), d));
        }
        out.add(Drawing.Line.of(left, Chrome.MARGIN + 52, right, Chrome.MARGIN + 52, Chrome.RULE, 0.75));
    }

    private static String subtitle(Model model, ChartModel chart, Sheet sheet, Map<Sheet, Integer> pageOf) {
        Set<String> divisions = new LinkedHashSet<>();
        Set<Integer> onSheet = new java.util.HashSet<>();
        for (int n : sheet.nodes) {
            onSheet.add(n);
        }
        for (int n : sheet.nodes) {
            if (!onSheet.contains(chart.parent[n])) {
                divisions.add(model.divisionName(chart.cards[n].divisionId()));
            }
        }
        int from = sheet.continuedFrom.values().stream().mapToInt(pageOf::get).min().orElse(0);
        return String.join(" · ", divisions) + (from > 0 ? " (continued from page " + from + ")" : " (continued)");
    }

    private static Legend legend(Model model, ChartModel chart, boolean continued) {
        Legend legend = new Legend();
        Set<String> used = new LinkedHashSet<>();
        Set<Badge> badges = new java.util.TreeSet<>();
        boolean assumed = false;
        boolean vacant = false;
        boolean temporary = false;
        for (Card c : chart.cards) {
            used.add(c.divisionId());
            c.badgeRows().forEach(badges::addAll);
            assumed |= c.gradeAssumed();
            vacant |= c.tone() == Card.Tone.VACANT;
            temporary |= c.tone() == Card.Tone.TEMPORARY;
        }
        legend.heading("Divisions");
        for (Division d : model.divisions()) {
            if (used.contains(d.id())) {
                legend.division(Colour.web(d.colour()), d.name());
            }
        }
        if (!badges.isEmpty()) {
            legend.heading("Changes");
            badges.forEach(legend::badge);
        }
        legend.heading("Key");
        if (assumed) {
            legend.words("≈ assumed grade (not stated in the source)", Face.ITALIC, CardStyle.ASSUMED);
        }
        if (vacant) {
            legend.words("Vacant", Face.REGULAR, CardStyle.VACANT);
        }
        if (temporary) {
            legend.words("Interim, acting, secondment or fixed-term", Face.REGULAR, CardStyle.TEMPORARY);
        }
        if (continued) {
            legend.words("▼ the card's reports continue on another page", Face.REGULAR, CardStyle.LINK);
        }
        return legend;
    }

    private static void rightText(List<Drawing> out, double right, double baseline, String text, Face face, double size, Colour c) {
        out.add(new Drawing.Text(right - face.width(text, size), baseline, text, face, size, c));
    }
}
