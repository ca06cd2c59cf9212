package org.reshape.ui.chart;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.reshape.card.CardSize;
import org.reshape.domain.Model;
import org.reshape.domain.PayTable;
import org.reshape.domain.Post;
import org.reshape.domain.Scenario;
import org.reshape.layout.BesideLayout;
import org.reshape.layout.DivisionGroups;
import org.reshape.layout.Layout;
import org.reshape.layout.LayoutOptions;
import org.reshape.layout.SpatialIndex;

/// A scenario prepared for drawing: the visible posts (collapsed subtrees left
/// out) in parent-before-child order, their cards, the tidy layout, a spatial
/// index for drawing only what is in view, and the division outlines.
public final class ChartScene {
    /// How much a card shows. The chart picks one by the size its text would have on screen.
    public enum Detail {
        /// Title, grade, pay range, FTE, occupancy and change badges.
        FULL,
        /// Title (wrapped on narrow cards, not shortened) and grade, with the change badges.
        TITLES
    }

    final Card[] cards;
    final int[] parent;
    final Layout layout;
    final SpatialIndex index;
    final List<Band> bands;
    private final Map<String, Integer> byKey;
    private final int[][] children;
    final Detail detail;
    private final Spec spec;
    private final CardCache cache;
    private ChartScene titles;

    private ChartScene(Spec spec, Detail detail, CardCache cache, Card[] cards, int[] parent, Layout layout) {
        Model model = spec.model();
        this.spec = spec;
        this.cache = cache;
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

    /// Prepares a chart from scratch.
    public static ChartScene build(Spec spec) {
        return build(spec, new CardCache());
    }

    /// Prepares a chart, measuring only the cards whose post, marks or grade changed since `cache` last saw them.
    public static ChartScene build(Spec spec, CardCache cache) {
        return build(spec, cache, Detail.FULL);
    }

    /// The same chart with titles-only cards and its own, narrower layout; built once, when first needed.
    public ChartScene titles() {
        if (detail == Detail.TITLES) {
            return this;
        }
        if (titles == null) {
            titles = build(spec, cache, Detail.TITLES);
        }
        return titles;
    }

    public Detail detail() {
        return detail;
    }

    /// This chart as a picture for a paper: full cards, laid out again without any holder's name (an exported
    /// picture is a public output), with the same collapsed subtrees, change marks and ghosts.
    public org.reshape.report.ChartPicture.Chart picture() {
        ChartScene full = build(spec, new CardCache(false), Detail.FULL);
        boolean[] ghost = new boolean[full.cards.length];
        List<org.reshape.card.Card> faces = new ArrayList<>(full.cards.length);
        for (int i = 0; i < full.cards.length; i++) {
            ghost[i] = full.cards[i].ghost();
            faces.add(full.cards[i].face());
        }
        List<org.reshape.report.ChartPicture.Outline> outlines = full.bands.stream()
                .map(b -> new org.reshape.report.ChartPicture.Outline(b.name(), b.colour(), b.minX(), b.minY(), b.maxX(), b.maxY()))
                .toList();
        return new org.reshape.report.ChartPicture.Chart(full.layout, spec.options(), faces, full.parent.clone(), ghost, outlines);
    }

    static ChartScene build(Spec spec, CardCache cache, Detail detail) {
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
        cache.use(spec.model(), spec.pay());
        for (int i = 0; i < n; i++) {
            Post p = order.get(i);
            parent[i] = parents.get(i);
            List<CardMark> marks = spec.marks().getOrDefault(p.key(), List.of());
            int reports = s.reportsTo(p.key()).size();
            Post named = cache.names() ? spec.model().workforce().withHolderNames(s, p) : p;
            org.reshape.card.Card face = detail == Detail.TITLES ? cache.titleFace(named, marks) : cache.face(named, marks);
            cards[i] = new Card(face, marks, spec.ghosts().contains(p.key()), reports,
                    spec.collapsed().contains(p.key()) && reports > 0);
            w[i] = face.width() * CardSize.SCREEN;
            h[i] = face.height() * CardSize.SCREEN;
        }
        boolean[] assistant = new boolean[n];
        for (int i = 0; i < n; i++) {
            assistant[i] = order.get(i).isAssistant();
        }
        Layout layout = BesideLayout.layout(parent, w, h, assistant, spec.options());
        return new ChartScene(spec, detail, cache, cards, parent, layout);
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
