package org.reshape.layout;

/// A tidy layout in which some leaf cards (assistants) sit beside their parent,
/// in its layer, instead of below it: after the parent along the breadth axis
/// (to its right top to bottom, under it left to right). The parent is laid out
/// as one box wide enough for itself and its assistants, so nothing overlaps.
public final class BesideLayout {
    private BesideLayout() {
    }

    /// @param beside cards to place beside their parent; ignored for a root or a card with children
    public static Layout layout(int[] parent, double[] width, double[] height, boolean[] beside, LayoutOptions options) {
        int n = parent.length;
        boolean horizontal = options.orientation() == Orientation.HORIZONTAL;
        double gap = options.siblingGap();
        boolean[] hasChildren = new boolean[n];
        for (int p : parent) {
            if (p >= 0) {
                hasChildren[p] = true;
            }
        }
        boolean[] side = new boolean[n];
        int kept = 0;
        for (int i = 0; i < n; i++) {
            side[i] = beside != null && beside[i] && parent[i] >= 0 && !hasChildren[i];
            if (!side[i]) {
                kept++;
            }
        }
        LayoutTree full = LayoutTree.of(parent, width, height);
        if (kept == n) {
            return TreeLayout.layout(full, options);
        }
        int[] toReduced = new int[n];
        int[] fromReduced = new int[kept];
        for (int i = 0, r = 0; i < n; i++) {
            toReduced[i] = side[i] ? -1 : r;
            if (!side[i]) {
                fromReduced[r++] = i;
            }
        }
        int[] rp = new int[kept];
        double[] rw = new double[kept];
        double[] rh = new double[kept];
        for (int r = 0; r < kept; r++) {
            int i = fromReduced[r];
            rp[r] = parent[i] < 0 ? -1 : toReduced[parent[i]];
            rw[r] = width[i];
            rh[r] = height[i];
        }
        for (int i = 0; i < n; i++) {
            if (side[i]) {
                int r = toReduced[parent[i]];
                if (horizontal) {
                    rh[r] += gap + height[i];
                    rw[r] = Math.max(rw[r], width[i]);
                } else {
                    rw[r] += gap + width[i];
                    rh[r] = Math.max(rh[r], height[i]);
                }
            }
        }
        Layout reduced = TreeLayout.layout(LayoutTree.of(rp, rw, rh), options);
        double[] xs = new double[n + 1];
        double[] ys = new double[n + 1];
        boolean[] stacked = options.compact() ? new boolean[n + 1] : null;
        // where the next assistant of each parent goes, along the breadth axis
        double[] next = new double[n];
        for (int r = 0; r < kept; r++) {
            int i = fromReduced[r];
            int k = full.rank[i];
            double left = reduced.left(r);
            double top = reduced.top(r);
            xs[k] = left + width[i] / 2;
            ys[k] = top;
            next[i] = horizontal ? top + height[i] + gap : left + width[i] + gap;
            if (stacked != null) {
                stacked[k] = reduced.stacked(r);
            }
        }
        for (int i = 0; i < n; i++) {
            if (side[i]) {
                int p = parent[i];
                int k = full.rank[i];
                int pk = full.rank[p];
                if (horizontal) {
                    xs[k] = xs[pk] - width[p] / 2 + width[i] / 2;
                    ys[k] = next[p];
                    next[p] += height[i] + gap;
                } else {
                    xs[k] = next[p] + width[i] / 2;
                    ys[k] = ys[pk];
                    next[p] += width[i] + gap;
                }
            }
        }
        return new Layout(full, options.orientation(), xs, ys, stacked, reduced.maxX(), reduced.maxY()).withBeside(side);
    }
}
