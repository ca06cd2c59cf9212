package org.reshape.layout;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/// Which cards a division outline goes round, for the window and the printed
/// appendix alike. A card joins its manager's group when both are in the same
/// division, or the group of an earlier colleague (same manager, same
/// division); otherwise it starts a group. A group whose box would take in
/// another group's card is outlined card by card instead, so an outline never
/// claims a post it does not hold.
public final class DivisionGroups {

    /// One outline's box round its cards (no padding); `group` numbers the
    /// groups, and `first` marks a group's first outline, which carries the
    /// division's name; `whole` says the outline goes round its whole group.
    public record Outline(String divisionId, int group, double minX, double minY, double maxX, double maxY, boolean first,
                          boolean whole) {
    }

    private DivisionGroups() {
    }

    /// @param division each card's division id
    /// @param parent   each card's manager (index), or -1; managers come before their reports
    /// @param l        the layout of the cards; it may hold more nodes after them, which are not cards
    public static List<Outline> of(String[] division, int[] parent, Layout l, SpatialIndex index) {
        int n = division.length;
        int[] group = new int[n];
        List<double[]> boxes = new ArrayList<>();
        List<String> divisions = new ArrayList<>();
        Map<String, Integer> colleagues = new HashMap<>();
        for (int i = 0; i < n; i++) {
            int p = parent[i];
            if (p >= 0 && division[p].equals(division[i])) {
                group[i] = group[p];
            } else {
                String key = p + "/" + division[i];
                Integer g = p < 0 ? null : colleagues.get(key);
                if (g == null) {
                    g = boxes.size();
                    boxes.add(empty());
                    divisions.add(division[i]);
                    if (p >= 0) {
                        colleagues.put(key, g);
                    }
                }
                group[i] = g;
            }
            grow(boxes.get(group[i]), l, i);
        }
        boolean[] fragmented = new boolean[boxes.size()];
        for (int g = 0; g < boxes.size(); g++) {
            double[] b = boxes.get(g);
            int own = g;
            index.query(b[0], b[1], b[2], b[3], j -> {
                if (j < n && group[j] != own && l.width(j) > 0 && l.right(j) > b[0] && l.left(j) < b[2] && l.bottom(j) > b[1] && l.top(j) < b[3]) {
                    fragmented[own] = true;
                }
            });
        }
        List<Outline> out = new ArrayList<>(boxes.size());
        for (int g = 0; g < boxes.size(); g++) {
            if (!fragmented[g]) {
                out.add(outline(divisions.get(g), g, boxes.get(g), true, true));
            }
        }
        boolean[] started = new boolean[boxes.size()];
        for (int i = 0; i < n; i++) {
            if (fragmented[group[i]]) {
                double[] b = empty();
                grow(b, l, i);
                out.add(outline(division[i], group[i], b, !started[group[i]], false));
                started[group[i]] = true;
            }
        }
        return out;
    }

    private static double[] empty() {
        return new double[] {Double.MAX_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE, -Double.MAX_VALUE};
    }

    private static void grow(double[] b, Layout l, int i) {
        b[0] = Math.min(b[0], l.left(i));
        b[1] = Math.min(b[1], l.top(i));
        b[2] = Math.max(b[2], l.right(i));
        b[3] = Math.max(b[3], l.bottom(i));
    }

    private static Outline outline(String d, int group, double[] b, boolean first, boolean whole) {
        return new Outline(d, group, b[0], b[1], b[2], b[3], first, whole);
    }
}
