package org.reshape.report;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.reshape.layout.Layout;

/// Division outlines behind a page's cards, by the window's rule: a card joins
/// its manager's group when both are in the same division, or the group of an
/// earlier colleague (same manager, same division); otherwise it starts a
/// group. A group whose outline would take in another group's card is
/// outlined card by card, so an outline never claims a post it does not hold.
final class Outlines {

    /// One outline, in card units; `labelled` when it carries the division's name.
    record Outline(String divisionId, double minX, double minY, double maxX, double maxY, boolean labelled) {
    }

    private Outlines() {
    }

    /// @param division the division of each card on the page (local index)
    /// @param parent   each card's manager on the page (local index), or -1
    static List<Outline> of(String[] division, int[] parent, Layout l) {
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
                    boxes.add(new double[] {Double.MAX_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE, -Double.MAX_VALUE});
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
        for (int i = 0; i < n; i++) {
            for (int g = 0; g < boxes.size(); g++) {
                double[] b = boxes.get(g);
                if (group[i] != g && l.right(i) > b[0] && l.left(i) < b[2] && l.bottom(i) > b[1] && l.top(i) < b[3]) {
                    fragmented[g] = true;
                }
            }
        }
        List<Outline> out = new ArrayList<>();
        for (int g = 0; g < boxes.size(); g++) {
            if (!fragmented[g]) {
                out.add(outline(divisions.get(g), boxes.get(g), roomForLabel(boxes.get(g), l)));
            }
        }
        boolean[] labelled = new boolean[boxes.size()];
        for (int i = 0; i < n; i++) {
            if (fragmented[group[i]]) {
                double[] b = {Double.MAX_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE, -Double.MAX_VALUE};
                grow(b, l, i);
                boolean label = !labelled[group[i]] && roomForLabel(b, l);
                out.add(outline(division[i], b, label));
                labelled[group[i]] |= label;
            }
        }
        return out;
    }

    /// Whether the strip above a group, where its name goes, is free of cards
    /// (it is not where a stack puts a card of another division just above).
    private static boolean roomForLabel(double[] b, Layout l) {
        double top = b[1] - CardStyle.BAND_LABEL;
        for (int i = 0; i < l.size(); i++) {
            if (l.right(i) > b[0] && l.left(i) < b[2] && l.bottom(i) > top && l.top(i) < b[1] && l.width(i) > 0) {
                return false;
            }
        }
        return true;
    }

    private static void grow(double[] b, Layout l, int i) {
        b[0] = Math.min(b[0], l.left(i));
        b[1] = Math.min(b[1], l.top(i));
        b[2] = Math.max(b[2], l.right(i));
        b[3] = Math.max(b[3], l.bottom(i));
    }

    private static Outline outline(String d, double[] b, boolean labelled) {
        double pad = CardStyle.BAND_PAD;
        return new Outline(d, b[0] - pad, b[1] - (labelled ? CardStyle.BAND_LABEL : pad), b[2] + pad, b[3] + pad, labelled);
    }
}
