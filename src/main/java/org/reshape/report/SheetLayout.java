package org.reshape.report;

import java.util.Arrays;
import java.util.function.IntPredicate;
import org.reshape.card.Card;
import org.reshape.layout.Layout;
import org.reshape.layout.LayoutTree;
import org.reshape.layout.TreeLayout;
import org.reshape.report.page.Face;

/// The tidy layout of one chart page's cards ([TreeLayout], compact), with the
/// invisible helpers that shape it for paper.
final class SheetLayout {

    /// How a sheet's cards are arranged: cut cards side by side like managers
    /// (`spread`) or stacked like leaf reports, and at most `stack` leaf reports
    /// in one column under a manager (more make several columns).
    record Shape(boolean spread, int stack) {
    }

    /// A card with a "continued" line is at least as wide as that line.
    private static final double MARKED_WIDTH = Face.BOLD.width("▲ continued from page 999", CardStyle.MARK_SIZE) + 2 * CardStyle.PAD;

    private final ChartModel chart;
    /// scratch: the index on the page of each post of the chart, or -1
    private final int[] local;

    SheetLayout(ChartModel chart) {
        this.chart = chart;
        local = new int[chart.size()];
        Arrays.fill(local, -1);
    }

    /// A layout and the size of the drawing, division outlines included.
    record Placed(Layout layout, double width, double height) {
    }

    /// The tidy layout of `nodes` with a "continued" row on the cards that have
    /// one. Invisible cards of no size (indices after the real ones) shape it:
    /// one under each cut card when the shape spreads them, so that it is not stacked like a
    /// leaf; and one per column when a manager has more leaf reports than
    /// the shape's stack, so that a long stack becomes several side by side.
    Placed layout(int[] nodes, IntPredicate cut, IntPredicate repeated, Shape shape) {
        boolean spread = shape.spread();
        int stack = shape.stack();
        int k = nodes.length;
        for (int i = 0; i < k; i++) {
            local[nodes[i]] = i;
        }
        int[] parent = new int[k];
        int[] reports = new int[k];
        for (int i = 0; i < k; i++) {
            int p = chart.parent[nodes[i]];
            parent[i] = p >= 0 ? local[p] : -1;
            if (parent[i] >= 0) {
                reports[parent[i]]++;
            }
        }
        for (int g : nodes) {
            local[g] = -1;
        }
        boolean[] keepOut = new boolean[k];
        int[] leaves = new int[k];
        int extra = 0;
        for (int i = 0; i < k; i++) {
            keepOut[i] = spread && reports[i] == 0 && cut.test(nodes[i]);
            extra += keepOut[i] ? 1 : 0;
            if (reports[i] == 0 && !keepOut[i] && parent[i] >= 0) {
                leaves[parent[i]]++;
            }
        }
        for (int i = 0; i < k; i++) {
            extra += leaves[i] > stack ? columns(leaves[i], stack) : 0;
        }
        int[] par = Arrays.copyOf(parent, k + extra);
        double[] w = new double[k + extra];
        double[] h = new double[k + extra];
        int next = k;
        int[] column = new int[k];
        int[] filled = new int[k];
        for (int i = 0; i < k; i++) {
            int g = nodes[i];
            Card card = chart.cards[g];
            boolean marked = cut.test(g) || repeated.test(g);
            w[i] = marked ? Math.max(card.width(), MARKED_WIDTH) : card.width();
            h[i] = card.height() + (cut.test(g) ? CardStyle.MARK_ROW : 0) + (repeated.test(g) ? CardStyle.MARK_ROW : 0);
            if (keepOut[i]) {
                par[next++] = i;
            }
        }
        for (int i = 0; i < k; i++) {
            int m = parent[i];
            if (m < 0 || reports[i] > 0 || keepOut[i] || leaves[m] <= stack) {
                continue;
            }
            // balanced columns, filled in order
            int perColumn = -Math.floorDiv(-leaves[m], columns(leaves[m], stack));
            if (filled[m] % perColumn == 0) {
                column[m] = next;
                par[next++] = m;
            }
            par[i] = column[m];
            filled[m]++;
        }
        Layout l = TreeLayout.layout(LayoutTree.of(par, w, h), CardStyle.LAYOUT);
        double bottom = 0;
        for (int i = 0; i < k; i++) {
            bottom = Math.max(bottom, l.bottom(i));
        }
        return new Placed(l, l.maxX() + 2 * CardStyle.BAND_PAD, bottom + CardStyle.BAND_LABEL + CardStyle.BAND_PAD);
    }

    private static int columns(int leaves, int stack) {
        return -Math.floorDiv(-leaves, stack);
    }

}
