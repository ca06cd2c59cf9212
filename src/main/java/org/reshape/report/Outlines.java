package org.reshape.report;

import java.util.ArrayList;
import java.util.List;
import org.reshape.layout.DivisionGroups;
import org.reshape.layout.Layout;
import org.reshape.layout.SpatialIndex;

/// Division outlines behind a page's cards, grouped as the window groups them
/// ([DivisionGroups]), padded for print and labelled where there is room.
final class Outlines {

    /// One outline, in card units; `labelled` when it carries the division's name.
    record Outline(String divisionId, double minX, double minY, double maxX, double maxY, boolean labelled) {
    }

    private Outlines() {
    }

    /// @param division the division of each card on the page (local index)
    /// @param parent   each card's manager on the page (local index), or -1
    static List<Outline> of(String[] division, int[] parent, Layout l) {
        List<Outline> out = new ArrayList<>();
        java.util.Set<Integer> labelled = new java.util.HashSet<>();
        for (DivisionGroups.Outline o : DivisionGroups.of(division, parent, l, SpatialIndex.of(l))) {
            double[] b = {o.minX(), o.minY(), o.maxX(), o.maxY()};
            // a whole group is labelled if there is room above it; a group outlined
            // card by card on the first of its cards with room
            boolean label = (o.whole() || !labelled.contains(o.group())) && roomForLabel(b, l);
            if (label) {
                labelled.add(o.group());
            }
            out.add(outline(o.divisionId(), b, label));
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

    private static Outline outline(String d, double[] b, boolean labelled) {
        double pad = CardStyle.BAND_PAD;
        return new Outline(d, b[0] - pad, b[1] - (labelled ? CardStyle.BAND_LABEL : pad), b[2] + pad, b[3] + pad, labelled);
    }
}
