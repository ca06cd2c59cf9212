package org.reshape.ui.chart;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.reshape.domain.Grade;
import org.reshape.domain.Model;
import org.reshape.domain.Occupancy;
import org.reshape.domain.PayTable;
import org.reshape.domain.Post;
import org.reshape.domain.PostField;
import org.reshape.domain.Scenario;
import org.reshape.layout.DivisionGroups;
import org.reshape.layout.Layout;
import org.reshape.layout.LayoutOptions;
import org.reshape.layout.LayoutTree;
import org.reshape.layout.SpatialIndex;
import org.reshape.layout.TreeLayout;

/// A scenario prepared for drawing: the visible posts (collapsed subtrees left
/// out) in parent-before-child order, their cards, the tidy layout, a spatial
/// index for drawing only what is in view, and the division outlines.
public final class ChartScene {
    static final double PAD = 8;
    static final double STRIP = 5;
    static final double TITLE_LINE = 15;
    static final double BODY_LINE = 13.5;
    static final double BADGE_ROW = 17;
    static final double MIN_W = 170;
    static final double MAX_W = 250;
    /// Width of a card in the titles-only detail: narrow, so that more of the structure fits across.
    static final double TITLES_W = 140;
    /// Lines a title may take on a titles-only card before it is shortened.
    static final int TITLES_MAX_LINES = 6;

    /// How much a card shows. The chart picks one by the size its text would have on screen.
    public enum Detail {
        /// Title, grade, pay range, FTE, occupancy and change badges.
        FULL,
        /// Title (wrapped on narrow cards, not shortened) and grade, with the change badges.
        TITLES
    }
    private static final java.time.format.DateTimeFormatter SHORT_DATE =
            java.time.format.DateTimeFormatter.ofPattern("d MMM yyyy", java.util.Locale.UK);

    final Card[] cards;
    final int[] parent;
    final Layout layout;
    final SpatialIndex index;
    final List<Band> bands;
    private final Map<String, Integer> byKey;
    private final int[][] children;
    final Detail detail;
    private final Spec spec;
    private final TextMetrics titleFont;
    private final TextMetrics bodyFont;
    private ChartScene titles;

    private ChartScene(Spec spec, Detail detail, TextMetrics titleFont, TextMetrics bodyFont, Card[] cards, int[] parent, Layout layout) {
        Model model = spec.model();
        this.spec = spec;
        this.titleFont = titleFont;
        this.bodyFont = bodyFont;
        this.detail = detail;
        this.cards = cards;
        this.parent = parent;
        this.layout = layout;
        this.index = SpatialIndex.of(layout);
        this.bands = bands(model, cards, parent, layout, index);
        this.byKey = HashMap.newHashMap(cards.length);
        for (int i = 0; i < cards.length; i++) {
            byKey.put(cards[i].key(), i);
        }
        int[] counts = new int[cards.length];
        for (int p : parent) {
            if (p >= 0) {
                counts[p]++;
            }
        }
        children = new int[cards.length][];
        for (int i = 0; i < cards.length; i++) {
            children[i] = new int[counts[i]];
        }
        Arrays.fill(counts, 0);
        for (int i = 0; i < parent.length; i++) {
            if (parent[i] >= 0) {
                children[parent[i]][counts[parent[i]]++] = i;
            }
        }
    }

    /// What a chart shows and how.
    ///
    /// @param marks  badges per post key (Compare mode), or empty
    /// @param ghosts keys drawn as ghosts (disestablished posts in the Current chart)
    public record Spec(Model model, Scenario scenario, PayTable pay, Set<String> collapsed,
                       Map<String, List<CardMark>> marks, Set<String> ghosts, LayoutOptions options) {
    }

    private static TextMetrics titleMetrics;
    private static TextMetrics bodyMetrics;

    /// Prepares a chart; on the JavaFX thread, which measures the card fonts once.
    public static ChartScene build(Spec spec) {
        if (titleMetrics == null) {
            titleMetrics = new TextMetrics(CardPainter.TITLE);
            bodyMetrics = new TextMetrics(CardPainter.BODY);
        }
        return build(spec, titleMetrics, bodyMetrics);
    }

    /// The same chart with titles-only cards and its own, narrower layout; built once, when first needed.
    public ChartScene titles() {
        if (detail == Detail.TITLES) {
            return this;
        }
        if (titles == null) {
            titles = build(spec, titleFont, bodyFont, Detail.TITLES);
        }
        return titles;
    }

    public Detail detail() {
        return detail;
    }

    static ChartScene build(Spec spec, TextMetrics titleFont, TextMetrics bodyFont) {
        return build(spec, titleFont, bodyFont, Detail.FULL);
    }

    static ChartScene build(Spec spec, TextMetrics titleFont, TextMetrics bodyFont, Detail detail) {
        Scenario s = spec.scenario();
        List<Post> order = new ArrayList<>(s.size());
        List<Integer> parents = new ArrayList<>(s.size());
        // breadth-first, so a manager comes before its reports, which keep scenario order
        for (Post root : s.roots()) {
            order.add(root);
            parents.add(-1);
        }
        for (int i = 0; i < order.size(); i++) {
            Post p = order.get(i);
            if (spec.collapsed().contains(p.key())) {
                continue;
            }
            for (Post child : s.reportsTo(p.key())) {
                order.add(child);
                parents.add(i);
            }
        }
        int n = order.size();
        Card[] cards = new Card[n];
        int[] parent = new int[n];
        double[] w = new double[n];
        double[] h = new double[n];
        Map<String, Grade> grades = new HashMap<>();
        spec.model().grades().forEach(g -> grades.put(g.id(), g));
        Map<String, String> ranges = new HashMap<>();
        Map<String, String> colours = new HashMap<>();
        spec.model().divisions().forEach(d -> colours.put(d.id(), d.colour()));
        for (int i = 0; i < n; i++) {
            Post p = order.get(i);
            parent[i] = parents.get(i);
            List<CardMark> marks = spec.marks().getOrDefault(p.key(), List.of());
            cards[i] = card(spec, ranges, p, grades.get(p.gradeId()), colours.getOrDefault(p.divisionId(), "#9E9E9E"), marks,
                    s.reportsTo(p.key()).size(), titleFont, detail);
            double textW = 0;
            for (String t : cards[i].title()) {
                textW = Math.max(textW, titleFont.width(t));
            }
            for (String b : new String[] {cards[i].grade(), cards[i].range(), cards[i].fte(), cards[i].occupancy()}) {
                textW = Math.max(textW, bodyFont.width(b));
            }
            double badges = 0;
            for (CardMark m : marks) {
                badges += CardPainter.badgeWidth(m) + 3;
            }
            if (detail == Detail.TITLES) {
                w[i] = Math.max(TITLES_W, badges + 2 * PAD);
                h[i] = PAD + STRIP + 2 + cards[i].title().size() * TITLE_LINE + BODY_LINE + (marks.isEmpty() ? 0 : BADGE_ROW) + PAD;
                continue;
            }
            w[i] = Math.max(Math.max(MIN_W, badges + 2 * PAD), Math.min(MAX_W, textW + 2 * PAD + 4));
            h[i] = PAD + STRIP + 2 + cards[i].title().size() * TITLE_LINE + 4 * BODY_LINE + (marks.isEmpty() ? 0 : BADGE_ROW) + PAD;
        }
        Layout layout = TreeLayout.layout(LayoutTree.of(parent, w, h), spec.options());
        return new ChartScene(spec, detail, titleFont, bodyFont, cards, parent, layout);
    }

    private static Card card(Spec spec, Map<String, String> ranges, Post p, Grade grade, String colour, List<CardMark> marks, int reports,
                             TextMetrics titleFont, Detail detail) {
        String text = p.title().isBlank() ? "(untitled post)" : p.title();
        List<String> title = detail == Detail.TITLES
                ? titleFont.wrap(text, TITLES_W - 2 * PAD, TITLES_MAX_LINES)
                : titleFont.wrap(text, MAX_W - 2 * PAD - 4, 3);
        boolean gradeAssumed = p.provenance().isAssumed(PostField.GRADE) || (grade != null && grade.isAssumed());
        String gradeText = grade == null ? (p.gradeId().isEmpty() ? "No grade" : "Unknown grade " + p.gradeId()) : grade.name();
        String range = ranges.computeIfAbsent(p.gradeId(), id -> spec.pay().range(id).map(PayTable.Range::describe).orElse(""));
        String fte = p.fte().toPlainString() + " FTE" + (p.isTeamBlock() ? " · " + p.headcount() + (p.headcount() == 1 ? " person" : " people") : "");
        boolean flag = p.occupancy() != Occupancy.SUBSTANTIVE || p.fixedTermEnd() != null;
        return new Card(p.key(), title, (gradeAssumed ? "≈ " : "") + gradeText, gradeAssumed, range, fte, occupancy(spec.model().workforce().withHolderNames(spec.scenario(), p)), flag,
                colour, marks, spec.ghosts().contains(p.key()), reports, spec.collapsed().contains(p.key()) && reports > 0,
                p.divisionId());
    }

    /// "Vacant", "Interim", "Acting", "Fixed-term to 31 Mar 2025", or the holder's name.
    static String occupancy(Post p) {
        String text = switch (p.occupancy()) {
            case SUBSTANTIVE -> p.holder().isBlank() ? "In post" : p.holder();
            case VACANT -> "Vacant";
            default -> p.occupancy().label() + (p.holder().isBlank() ? "" : ": " + p.holder());
        };
        if (p.fixedTermEnd() != null) {
            String end = p.fixedTermEnd().format(SHORT_DATE);
            text = p.occupancy() == Occupancy.SUBSTANTIVE && p.holder().isBlank() ? "Fixed-term to " + end : text + " · fixed-term to " + end;
        }
        return text;
    }

    /// Division outlines round the cards, grouped by [DivisionGroups].
    static List<Band> bands(Model model, Card[] cards, int[] parent, Layout layout, SpatialIndex index) {
        String[] division = new String[cards.length];
        for (int i = 0; i < cards.length; i++) {
            division[i] = cards[i].divisionId();
        }
        List<Band> bands = new ArrayList<>();
        for (DivisionGroups.Outline o : DivisionGroups.of(division, parent, layout, index)) {
            String colour = model.division(o.divisionId()).map(org.reshape.domain.Division::colour).orElse("#9E9E9E");
            double top = o.first() ? 22 : 8;
            bands.add(new Band(o.divisionId(), o.first() ? model.divisionName(o.divisionId()) : "", colour,
                    o.minX() - 8, o.minY() - top, o.maxX() + 8, o.maxY() + 8));
        }
        return bands;
    }

    public int size() {
        return cards.length;
    }

    public Card card(int i) {
        return cards[i];
    }

    public Layout layout() {
        return layout;
    }

    public int indexOf(String key) {
        Integer i = byKey.get(key);
        return i == null ? -1 : i;
    }

    public int parentOf(int i) {
        return parent[i];
    }

    public int[] childrenOf(int i) {
        return children[i];
    }

    public List<Band> bands() {
        return bands;
    }
}
