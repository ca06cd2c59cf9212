package org.reshape.report;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntPredicate;
import org.reshape.layout.Layout;
import org.reshape.layout.LayoutTree;
import org.reshape.layout.TreeLayout;

/// Splits an org chart into pages that can be read. A page shows a subtree,
/// cut off below some depth; each cut card says "continued on page N", and the
/// page that continues it repeats that card with "continued from page M".
///
/// - If the whole chart fits the first page at a readable scale (its smallest
///   text at least 6 pt on paper), it is one page.
/// - Otherwise every cut depth that fits is tried, and the one that needs the
///   fewest pages in all wins (the shallowest on a tie, so that continuation
///   pages start as high as they can: normally one page per division). The
///   subtrees below the cut that fit a page whole are packed side by side onto
///   as few pages as they fit; the others are split the same way, recursively.
/// - A manager with too many reports for one page is repeated on as many pages
///   as it takes, each with a share of its reports.
///
/// Only geometry: the cards' sizes and [TreeLayout]. Plans for a subtree are
/// remembered, so a 500-post chart is planned in a few milliseconds.
final class ChartPlanner {

    /// The space a chart may use on a page, in page units.
    record Area(double width, double height) {
    }

    private record Plan(Sheet first, int pages) {
    }

    private final ChartModel chart;
    private final Area firstArea;
    private final Area area;
    private final double minScale;
    private final double maxScale;
    private final int[] height;
    private final int[] local;
    private final Map<Integer, Plan> memo = new HashMap<>();
    private final Map<Integer, int[]> wholeFits = new HashMap<>();

    ChartPlanner(ChartModel chart, Area firstArea, Area area, double minScale, double maxScale) {
        this.chart = chart;
        this.firstArea = firstArea;
        this.area = area;
        this.minScale = minScale;
        this.maxScale = maxScale;
        int n = chart.size();
        height = new int[n];
        for (int i = n - 1; i >= 0; i--) {
            int p = chart.parent[i];
            if (p >= 0) {
                height[p] = Math.max(height[p], height[i] + 1);
            }
        }
        local = new int[n];
        Arrays.fill(local, -1);
    }

    /// The sheets in reading order, each linked to the sheets it continues on.
    List<Sheet> plan() {
        if (chart.size() == 0) {
            return List.of(new Sheet(new int[0], true));
        }
        Sheet first = planRoot(-1, false, true).first();
        List<Sheet> out = new ArrayList<>();
        ArrayDeque<Sheet> stack = new ArrayDeque<>();
        stack.push(first);
        while (!stack.isEmpty()) {
            Sheet s = stack.pop();
            out.add(s);
            s.continuedOn.forEach((node, target) -> target.continuedFrom.put(node, s));
            for (int i = s.next.size() - 1; i >= 0; i--) {
                stack.push(s.next.get(i));
            }
        }
        return out;
    }

    /// The plan for the subtree of `c` (-1: the whole forest) starting on a new page.
    private Plan planRoot(int c, boolean from, boolean first) {
        Plan known = first ? null : memo.get(c);
        if (known != null) {
            return known;
        }
        Area a = first ? firstArea : area;
        int h = c < 0 ? chart.maxDepth + 1 : height[c];
        IntPredicate repeated = from ? x -> x == c : x -> false;
        int[] all = visible(c, h);
        Plan best = null;
        if (fit(all, x -> false, repeated, a) != null) {
            best = new Plan(new Sheet(all, true), 1);
        } else {
            for (int d = 1; d < h; d++) {
                int[] nodes = visible(c, d);
                int cutDepth = (c < 0 ? -1 : chart.depth[c]) + d;
                IntPredicate cut = x -> chart.depth[x] == cutDepth && chart.children[x].length > 0;
                Boolean spread = fit(nodes, cut, repeated, a);
                if (spread == null) {
                    break;
                }
                Sheet s = new Sheet(nodes, spread);
                int pages = 1 + continuations(s, Arrays.stream(nodes).filter(cut).toArray());
                if (best == null || pages < best.pages()) {
                    best = new Plan(s, pages);
                }
            }
        }
        if (best == null) {
            best = chunked(c, from, a);
        }
        if (!first) {
            memo.put(c, best);
        }
        return best;
    }

    /// Plans the subtrees below the cut posts of `s`: those that fit whole are
    /// packed side by side, the others split. Returns the number of pages.
    private int continuations(Sheet s, int[] cuts) {
        int pages = 0;
        Sheet forest = null;
        List<Integer> forestRoots = new ArrayList<>();
        for (int u : cuts) {
            int[] whole = wholeFit(u);
            if (whole == null) {
                forest = null;
                Plan p = planRoot(u, true, false);
                s.next.add(p.first());
                s.continuedOn.put(u, p.first());
                pages += p.pages();
                continue;
            }
            if (forest != null) {
                int[] joined = concat(forest.nodes, whole);
                List<Integer> roots = new ArrayList<>(forestRoots);
                roots.add(u);
                if (fit(joined, x -> false, roots::contains, area) != null) {
                    Sheet bigger = new Sheet(joined, true);
                    Sheet smaller = forest;
                    s.next.set(s.next.indexOf(smaller), bigger);
                    s.continuedOn.replaceAll((k, v) -> v == smaller ? bigger : v);
                    s.continuedOn.put(u, bigger);
                    forest = bigger;
                    forestRoots = roots;
                    continue;
                }
            }
            forest = new Sheet(whole, true);
            forestRoots = new ArrayList<>(List.of(u));
            s.next.add(forest);
            s.continuedOn.put(u, forest);
            pages++;
        }
        return pages;
    }

    /// The subtree of `u` if it fits a continuation page whole, else null.
    private int[] wholeFit(int u) {
        return wholeFits.computeIfAbsent(u, k -> {
            int[] nodes = visible(k, height[k]);
            return fit(nodes, x -> false, x -> x == k, area) != null ? nodes : new int[0];
        }).length == 0 ? null : wholeFits.get(u);
    }

    /// `c` repeated on as many pages as it takes, each with as many of its reports as fit.
    private Plan chunked(int c, boolean from, Area firstPageArea) {
        int[] kids = c < 0 ? Arrays.stream(range(chart.size())).filter(i -> chart.parent[i] < 0).toArray() : chart.children[c];
        IntPredicate cut = x -> x != c && chart.children[x].length > 0;
        IntPredicate cOnly = x -> x == c;
        List<int[]> chunks = new ArrayList<>();
        List<Integer> current = new ArrayList<>();
        for (int k : kids) {
            current.add(k);
            Area a = chunks.isEmpty() ? firstPageArea : area;
            boolean repeated = from || !chunks.isEmpty();
            if (current.size() > 1 && fit(withManager(c, current), x -> cut.test(x) || x == c, repeated ? cOnly : x -> false, a) == null) {
                current.removeLast();
                chunks.add(withManager(c, current));
                current = new ArrayList<>(List.of(k));
            }
        }
        chunks.add(withManager(c, current));
        Sheet first = null;
        Sheet previous = null;
        int pages = 0;
        for (int[] nodes : chunks) {
            Area a = first == null ? firstPageArea : area;
            Boolean spread = fit(nodes, x -> cut.test(x) || x == c, x -> x == c && (from || chunks.indexOf(nodes) > 0), a);
            Sheet s = new Sheet(nodes, spread == null || spread);
            pages += 1 + continuations(s, Arrays.stream(nodes).filter(cut).toArray());
            if (first == null) {
                first = s;
            } else {
                first.next.add(s);
                if (c >= 0) {
                    previous.continuedOn.put(c, s);
                }
            }
            previous = s;
        }
        return new Plan(first, pages);
    }

    private static int[] withManager(int c, List<Integer> kids) {
        int[] out = new int[kids.size() + (c < 0 ? 0 : 1)];
        int i = 0;
        if (c >= 0) {
            out[i++] = c;
        }
        for (int k : kids) {
            out[i++] = k;
        }
        return out;
    }

    /// `c` (unless -1) and its descendants down to `d` levels below it, managers first.
    int[] visible(int c, int d) {
        int limit = (c < 0 ? -1 : chart.depth[c]) + d;
        int[] out = new int[Math.min(chart.size(), 16)];
        int n = 0;
        if (c >= 0) {
            out[n++] = c;
        } else {
            for (int i = 0; i < chart.size() && chart.parent[i] < 0; i++) {
                out = grow(out, n);
                out[n++] = i;
            }
        }
        for (int head = 0; head < n; head++) {
            int v = out[head];
            if (chart.depth[v] >= limit) {
                continue;
            }
            for (int k : chart.children[v]) {
                out = grow(out, n);
                out[n++] = k;
            }
        }
        return Arrays.copyOf(out, n);
    }

    /// How a sheet is fitted: whether its cut cards are spread in a row (as
    /// managers are drawn) or stacked in a column (as leaf reports are); null
    /// when neither fits at a readable scale.
    private Boolean fit(int[] nodes, IntPredicate cut, IntPredicate repeated, Area a) {
        if (scale(nodes, cut, repeated, true, a) >= minScale) {
            return true;
        }
        return scale(nodes, cut, repeated, false, a) >= minScale ? false : null;
    }

    /// The scale at which `nodes` fill the area (at most the largest scale allowed).
    double scale(int[] nodes, IntPredicate cut, IntPredicate repeated, boolean spread, Area a) {
        Placed p = layout(nodes, cut, repeated, spread);
        return Math.min(maxScale, Math.min(a.width() / p.width(), a.height() / p.height()));
    }

    /// A layout and the size of the drawing, division outlines included.
    record Placed(Layout layout, double width, double height) {
    }

    /// The tidy layout of `nodes` with a "continued" row on the cards that have
    /// one. To keep cut cards out of compact stacks when `spread`, each gets an
    /// invisible report of no size (indices after the real cards).
    Placed layout(int[] nodes, IntPredicate cut, IntPredicate repeated, boolean spread) {
        int k = nodes.length;
        for (int i = 0; i < k; i++) {
            local[nodes[i]] = i;
        }
        int[] parent = new int[k];
        boolean[] hasReports = new boolean[k];
        int extra = 0;
        for (int i = 0; i < k; i++) {
            int p = chart.parent[nodes[i]];
            parent[i] = p >= 0 ? local[p] : -1;
            if (parent[i] >= 0) {
                hasReports[parent[i]] = true;
            }
        }
        for (int i = 0; i < k; i++) {
            if (spread && !hasReports[i] && cut.test(nodes[i])) {
                extra++;
            }
        }
        int[] par = Arrays.copyOf(parent, k + extra);
        double[] w = new double[k + extra];
        double[] h = new double[k + extra];
        int next = k;
        for (int i = 0; i < k; i++) {
            int g = nodes[i];
            PostCard card = chart.cards[g];
            w[i] = card.width();
            h[i] = card.height() + (cut.test(g) ? CardStyle.MARK_ROW : 0) + (repeated.test(g) ? CardStyle.MARK_ROW : 0);
            if (spread && !hasReports[i] && cut.test(g)) {
                par[next++] = i;
            }
        }
        for (int g : nodes) {
            local[g] = -1;
        }
        Layout l = TreeLayout.layout(LayoutTree.of(par, w, h), CardStyle.LAYOUT);
        double bottom = 0;
        for (int i = 0; i < k; i++) {
            bottom = Math.max(bottom, l.bottom(i));
        }
        return new Placed(l, l.maxX() + 2 * CardStyle.BAND_PAD, bottom + CardStyle.BAND_LABEL + CardStyle.BAND_PAD);
    }

    private static int[] grow(int[] a, int n) {
        return n < a.length ? a : Arrays.copyOf(a, a.length * 2);
    }

    private static int[] concat(int[] a, int[] b) {
        int[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    private static int[] range(int n) {
        int[] out = new int[n];
        Arrays.setAll(out, i -> i);
        return out;
    }
}
