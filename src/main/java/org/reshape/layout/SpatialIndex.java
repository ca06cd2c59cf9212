package org.reshape.layout;

import java.util.function.IntConsumer;

/// Uniform grid over the cards of a [Layout], for drawing only the visible cards
/// and for click tests. Built once per layout in O(n + cells).
///
/// Each card is filed under the one cell that holds its centre, so a query never
/// reports a card twice; in exchange a query widens its rectangle by half the
/// largest card size. Cells are about two average cards wide and high, and there
/// are never more than about four per card (an org chart's bounding box is mostly
/// empty: very wide and shallow). The cells are stored row by row with the card
/// rectangles copied next to each other in cell order, so the cards of one grid
/// row within a query are one contiguous run of memory.
public final class SpatialIndex {
    private final int n;
    private final double originX;
    private final double originY;
    private final double cellW;
    private final double cellH;
    private final int cols;
    private final int rows;
    /// slots of cell `c` are `cellStart[c] .. cellStart[c+1]-1`
    private final int[] cellStart;
    private final int[] ids;
    private final double[] x0;
    private final double[] y0;
    private final double[] x1;
    private final double[] y1;
    private final double padX;
    private final double padY;

    private SpatialIndex(Layout l) {
        n = l.size();
        double sumW = 0;
        double sumH = 0;
        double maxW = 0;
        double maxH = 0;
        for (int i = 0; i < n; i++) {
            double w = l.width(i);
            double h = l.height(i);
            sumW += w;
            sumH += h;
            maxW = Math.max(maxW, w);
            maxH = Math.max(maxH, h);
        }
        padX = maxW / 2;
        padY = maxH / 2;
        originX = l.minX();
        originY = l.minY();
        double spanX = Math.max(l.maxX() - originX, 1);
        double spanY = Math.max(l.maxY() - originY, 1);
        double cw = n == 0 ? spanX : Math.max(2 * sumW / n, 1);
        double ch = n == 0 ? spanY : Math.max(2 * sumH / n, 1);
        double cells = Math.ceil(spanX / cw) * Math.ceil(spanY / ch);
        double limit = 4.0 * n + 16;
        if (cells > limit) {
            // too sparse for that many cells: grow both sides by the same factor
            double f = Math.sqrt(cells / limit);
            cw *= f;
            ch *= f;
        }
        cellW = cw;
        cellH = ch;
        cols = Math.max(1, (int) Math.ceil(spanX / cw));
        rows = Math.max(1, (int) Math.ceil(spanY / ch));
        cellStart = new int[cols * rows + 1];
        ids = new int[n];
        x0 = new double[n];
        y0 = new double[n];
        x1 = new double[n];
        y1 = new double[n];
        // scanned in the layout's memory order; cards are filed under their own index
        LayoutTree t = l.tree();
        int[] cellOf = new int[n + 1];
        for (int k = 1; k <= n; k++) {
            int c = row(l.yInternal(k) + t.ih[k] / 2) * cols + col(l.xInternal(k));
            cellOf[k] = c;
            cellStart[c + 1]++;
        }
        for (int c = 0; c < cols * rows; c++) {
            cellStart[c + 1] += cellStart[c];
        }
        int[] fill = new int[cols * rows];
        System.arraycopy(cellStart, 0, fill, 0, fill.length);
        for (int k = 1; k <= n; k++) {
            int s = fill[cellOf[k]]++;
            double cx = l.xInternal(k);
            double top = l.yInternal(k);
            ids[s] = t.order[k];
            x0[s] = cx - t.iw[k] / 2;
            y0[s] = top;
            x1[s] = cx + t.iw[k] / 2;
            y1[s] = top + t.ih[k];
        }
    }

    /// Indexes the cards of a layout.
    public static SpatialIndex of(Layout layout) {
        return new SpatialIndex(layout);
    }

    private int col(double x) {
        return clamp((int) Math.floor((x - originX) / cellW), cols);
    }

    private int row(double y) {
        return clamp((int) Math.floor((y - originY) / cellH), rows);
    }

    private static int clamp(int v, int size) {
        return v < 0 ? 0 : Math.min(v, size - 1);
    }

    /// Reports every card whose rectangle shares a point with the given one (edges
    /// included), each exactly once, in no particular order.
    ///
    /// @return the number of cards reported
    public int query(double minX, double minY, double maxX, double maxY, IntConsumer sink) {
        if (n == 0 || minX > maxX || minY > maxY) {
            return 0;
        }
        int c0 = col(minX - padX);
        int c1 = col(maxX + padX);
        int r0 = row(minY - padY);
        int r1 = row(maxY + padY);
        int found = 0;
        for (int r = r0; r <= r1; r++) {
            // the cells c0..c1 of one row are one contiguous run of slots
            int end = cellStart[r * cols + c1 + 1];
            for (int s = cellStart[r * cols + c0]; s < end; s++) {
                if (x0[s] <= maxX && x1[s] >= minX && y0[s] <= maxY && y1[s] >= minY) {
                    sink.accept(ids[s]);
                    found++;
                }
            }
        }
        return found;
    }

    /// The card under the point (edges included), or -1. Cards never overlap; if
    /// the gaps are 0 and the point is on a shared edge, one of the two.
    public int hit(double x, double y) {
        if (n == 0) {
            return -1;
        }
        int c0 = col(x - padX);
        int c1 = col(x + padX);
        for (int r = row(y - padY), r1 = row(y + padY); r <= r1; r++) {
            int end = cellStart[r * cols + c1 + 1];
            for (int s = cellStart[r * cols + c0]; s < end; s++) {
                if (x0[s] <= x && x1[s] >= x && y0[s] <= y && y1[s] >= y) {
                    return ids[s];
                }
            }
        }
        return -1;
    }

    /// The card closest to the point (Euclidean distance to its rectangle, 0 inside),
    /// or -1 if there are no cards. Searches rings of cells outwards from the point
    /// and stops once no farther ring can hold a closer card.
    public int nearest(double x, double y) {
        if (n == 0) {
            return -1;
        }
        int pc = col(x);
        int pr = row(y);
        double cellMin = Math.min(cellW, cellH);
        double reach = Math.hypot(padX, padY);
        double best = Double.POSITIVE_INFINITY;
        int bestId = -1;
        int maxRing = Math.max(cols, rows);
        for (int k = 0; k <= maxRing; k++) {
            // a card filed k cells away has its centre at least (k-1) cells away
            if ((k - 1) * cellMin - reach > best) {
                break;
            }
            int ra = pr - k;
            int rb = pr + k;
            for (int r = Math.max(ra, 0); r <= Math.min(rb, rows - 1); r++) {
                boolean edgeRow = r == ra || r == rb;
                for (int c = Math.max(pc - k, 0); c <= Math.min(pc + k, cols - 1); c++) {
                    if (!edgeRow && c != pc - k && c != pc + k) {
                        // inside the ring: jump to its right edge
                        c = pc + k - 1;
                        continue;
                    }
                    int cell = r * cols + c;
                    for (int s = cellStart[cell]; s < cellStart[cell + 1]; s++) {
                        double dx = Math.max(Math.max(x0[s] - x, x - x1[s]), 0);
                        double dy = Math.max(Math.max(y0[s] - y, y - y1[s]), 0);
                        double dist = Math.hypot(dx, dy);
                        if (dist < best) {
                            best = dist;
                            bestId = ids[s];
                        }
                    }
                }
            }
        }
        return bestId;
    }

    /// Number of indexed cards.
    public int size() {
        return n;
    }
}
