package org.reshape.report;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntPredicate;

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
/// Only geometry: the cards' sizes and [SheetLayout] (the tidy tree of [TreeLayout]). Plans for a subtree are
/// remembered, so a 500-post chart is planned in a few milliseconds.
final class ChartPlanner {

    /// The space a chart may use on a page, in page units.
    record Area(double width, double height) {
    }

    private record Plan(Sheet first, int pages) {
    }

    /// The shapes tried, in order of preference: wide rows first, then narrower stacks.
    private static final List<SheetLayout.Shape> SHAPES = List.of(new SheetLayout.Shape(true, 4), new SheetLayout.Shape(false, 4), new SheetLayout.Shape(true, 3),
            new SheetLayout.Shape(false, 3), new SheetLayout.Shape(false, 2));

    private final ChartModel chart;
    private final Area firstArea;
    private final Area area;
    private final double minScale;
    private final double maxScale;
    private final int[] height;
    private final int[] size;
    private final SheetLayout layouts;
    private final Map<Integer, Plan> memo = new HashMap<>();
    private final Map<Integer, Sheet> wholeFits = new HashMap<>();

    ChartPlanner(ChartModel chart, Area firstArea, Area area, double minScale, double maxScale) {
        this.chart = chart;
        this.firstArea = firstArea;
        this.area = area;
        this.minScale = minScale;
        this.maxScale = maxScale;
        int n = chart.size();
        height = new int[n];
        size = new int[n];
        for (int i = n - 1; i >= 0; i--) {
            size[i]++;
            int p = chart.parent[i];
            if (p >= 0) {
                height[p] = Math.max(height[p], height[i] + 1);
                size[p] += size[i];
            }
        }
        layouts = new SheetLayout(chart);
    }

    /// The sheets in reading order, each linked to the sheets it continues on.
    List<Sheet> plan() {
        if (chart.size() == 0) {
            return List.of(new Sheet(new int[0], SHAPES.getFirst()));
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
        SheetLayout.Shape whole = fit(all, x -> false, repeated, a);
        if (whole != null) {
            best = new Plan(new Sheet(all, whole), 1);
        } else {
            for (int d = 1; d < h; d++) {
                int cutDepth = (c < 0 ? -1 : chart.depth[c]) + d;
                int[] nodes = visible(c, d);
                Set<Integer> cuts = new LinkedHashSet<>();
                for (int x : nodes) {
                    if (chart.depth[x] == cutDepth && chart.children[x].length > 0) {
                        cuts.add(x);
                    }
                }
                SheetLayout.Shape shape = fit(nodes, cuts::contains, repeated, a);
                if (shape == null) {
                    break;
                }
                // fill the page: bring the smallest cut subtrees onto it whole while it still fits
                List<Integer> bySize = new ArrayList<>(cuts);
                bySize.sort(java.util.Comparator.comparingInt(x -> size[x]));
                for (int u : bySize) {
                    int[] grown = concat(nodes, Arrays.copyOfRange(visible(u, height[u]), 1, size[u]));
                    cuts.remove(u);
                    SheetLayout.Shape fits = fit(grown, cuts::contains, repeated, a);
                    if (fits == null) {
                        cuts.add(u);
                    } else {
                        nodes = grown;
                        shape = fits;
                    }
                }
                Sheet sheet = new Sheet(nodes, shape);
                int[] order = Arrays.stream(nodes).filter(cuts::contains).toArray();
                int pages = 1 + continuations(sheet, order);
                if (best == null || pages < best.pages()) {
                    best = new Plan(sheet, pages);
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

    /// Plans the subtrees below the cut posts of `s`: those that fit a page
    /// whole are packed side by side (each into the first page of this batch
    /// with room), the others are split in turn. Returns the number of pages.
    private int continuations(Sheet s, int[] cuts) {
        List<Sheet> forests = new ArrayList<>();
        List<List<Integer>> roots = new ArrayList<>();
        List<Integer> split = new ArrayList<>();
        for (int u : cuts) {
            Sheet alone = wholeFit(u);
            if (alone == null) {
                split.add(u);
                continue;
            }
            boolean placed = false;
            for (int f = 0; f < forests.size() && !placed; f++) {
                List<Integer> r = new ArrayList<>(roots.get(f));
                r.add(u);
                int[] joined = concat(forests.get(f).nodes, alone.nodes);
                SheetLayout.Shape shape = fit(joined, x -> false, r::contains, area);
                if (shape != null) {
                    forests.set(f, new Sheet(joined, shape));
                    roots.set(f, r);
                    placed = true;
                }
            }
            if (!placed) {
                forests.add(alone);
                roots.add(new ArrayList<>(List.of(u)));
            }
        }
        // continuation pages in the order of the cards they continue
        List<Integer> order = new ArrayList<>();
        for (int u : cuts) {
            order.add(u);
        }
        java.util.TreeMap<Integer, Sheet> next = new java.util.TreeMap<>();
        int pages = forests.size();
        for (int f = 0; f < forests.size(); f++) {
            next.put(order.indexOf(roots.get(f).getFirst()), forests.get(f));
            for (int u : roots.get(f)) {
                s.continuedOn.put(u, forests.get(f));
            }
        }
        for (int u : split) {
            Plan p = planRoot(u, true, false);
            next.put(order.indexOf(u), p.first());
            s.continuedOn.put(u, p.first());
            pages += p.pages();
        }
        s.next.addAll(next.values());
        return pages;
    }

    /// A sheet of the whole subtree of `u` if it fits a continuation page, else null.
    private Sheet wholeFit(int u) {
        Sheet known = wholeFits.get(u);
        if (known == null && !wholeFits.containsKey(u)) {
            int[] nodes = visible(u, height[u]);
            SheetLayout.Shape shape = fit(nodes, x -> false, x -> x == u, area);
            known = shape == null ? null : new Sheet(nodes, shape);
            wholeFits.put(u, known);
        }
        // a fresh sheet each time: a sheet is linked into one plan only
        return known == null ? null : new Sheet(known.nodes, known.shape);
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
            SheetLayout.Shape shape = fit(nodes, x -> cut.test(x) || x == c, x -> x == c && (from || chunks.indexOf(nodes) > 0), a);
            Sheet s = new Sheet(nodes, shape == null ? SHAPES.getLast() : shape);
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

    /// The first shape in which `nodes` fit the area at a readable scale, or null.
    private SheetLayout.Shape fit(int[] nodes, IntPredicate cut, IntPredicate repeated, Area a) {
        for (SheetLayout.Shape shape : SHAPES) {
            if (scale(nodes, cut, repeated, shape, a) >= minScale) {
                return shape;
            }
        }
        return null;
    }

    /// The scale at which `nodes` fill the area (at most the largest scale allowed).
    double scale(int[] nodes, IntPredicate cut, IntPredicate repeated, SheetLayout.Shape shape, Area a) {
        SheetLayout.Placed p = layouts.layout(nodes, cut, repeated, shape);
        return Math.min(maxScale, Math.min(a.width() / p.width(), a.height() / p.height()));
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
