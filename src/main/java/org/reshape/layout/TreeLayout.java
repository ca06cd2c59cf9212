package org.reshape.layout;

/// Entry point of the org-chart layout: a tidy tree for cards of different sizes in
/// O(n) (van der Ploeg's non-layered tidy trees, the algorithm of d3-flextree),
/// optionally with the leaf reports of a manager stacked in one column
/// ([LayoutOptions#compact()]). [Orientation#HORIZONTAL] is the exact transpose of
/// the vertical layout of the transposed cards, stacks included (they become rows).
///
/// Non-layered: a report's top is its manager's bottom + `levelGap`, so a tall card
/// pushes down only its own reports.
///
/// Guarantees, for gaps >= 0: no two cards overlap, and cards that sit side by side
/// are at least `siblingGap` (same manager) or `cousinGap` (otherwise) apart; a
/// manager is centred over the span from the left edge of its first report to the
/// right edge of its last (in compact mode the stack counts as one report, as wide
/// as `stackIndent` + its widest card); each subtree is laid out as a rigid unit,
/// so its shape relative to its root does not depend on its siblings.
///
/// Stateless and thread-safe; each call allocates its own scratch arrays.
public final class TreeLayout {
    private TreeLayout() {
    }

    /// Lays out a tree or forest.
    public static Layout layout(LayoutTree tree, LayoutOptions options) {
        boolean horizontal = options.orientation() == Orientation.HORIZONTAL;
        ItemTree items = options.compact()
                ? ItemTree.compact(tree, horizontal, options.rowGap(), options.stackIndent())
                : ItemTree.plain(tree, horizontal);
        TidyCore core = TidyCore.run(items, options.levelGap(), options.siblingGap(), options.cousinGap());

        int n = tree.n;
        int m = items.m;
        // the breadth axis starts at the leftmost item (a stack's strip included)
        double minB = 0;
        if (m > 1) {
            minB = Double.POSITIVE_INFINITY;
            for (int c = 1; c < m; c++) {
                minB = Math.min(minB, core.left(c));
            }
        }
        // results stay in internal numbering: written in order, read through tree.rank
        double[] xs = new double[n + 1];
        double[] ys = new double[n + 1];
        boolean[] stacked = options.compact() ? new boolean[n + 1] : null;
        double[] nodeB = horizontal ? tree.ih : tree.iw;
        double[] nodeD = horizontal ? tree.iw : tree.ih;
        double[] iw = tree.iw;
        int[] first = items.first;
        int[] count = items.count;
        int[] node = items.node;
        double maxB = 0;
        double maxD = 0;
        for (int v = 0; v < m; v++) {
            double top = core.bot[v];
            for (int c = first[v], end = c + count[v]; c < end; c++) {
                int k = node == null ? c : node[c];
                double left = core.left(c) - minB;
                if (k >= 0) {
                    place(xs, ys, k, left, top, iw[k], horizontal);
                    maxB = Math.max(maxB, left + nodeB[k]);
                    maxD = Math.max(maxD, top + nodeD[k]);
                    continue;
                }
                // a block: its cards one after the other, aligned after the indent
                int blk = -k - 1;
                double b = left + options.stackIndent();
                double d = top;
                for (int s = items.blockStart[blk]; s < items.blockStart[blk + 1]; s++) {
                    int mk = items.members[s];
                    place(xs, ys, mk, b, d, iw[mk], horizontal);
                    stacked[mk] = true;
                    maxB = Math.max(maxB, b + nodeB[mk]);
                    d += nodeD[mk] + options.rowGap();
                }
                maxD = Math.max(maxD, d - options.rowGap());
            }
        }
        return horizontal
                ? new Layout(tree, options.orientation(), xs, ys, stacked, maxD, maxB)
                : new Layout(tree, options.orientation(), xs, ys, stacked, maxB, maxD);
    }

    /// Turns breadth/depth edges into the public convention: x = centre, y = top.
    private static void place(double[] xs, double[] ys, int k, double b, double d, double w,
                              boolean horizontal) {
        if (horizontal) {
            xs[k] = d + w / 2;
            ys[k] = b;
        } else {
            xs[k] = b + w / 2;
            ys[k] = d;
        }
    }
}
