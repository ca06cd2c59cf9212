package org.reshape.layout;

/// The boxes the tidy-tree core actually places ("items"), in the orientation-free
/// frame: `bsize` along the breadth axis (siblings side by side), `dsize` along the
/// depth axis (manager to reports).
///
/// Items are numbered like [LayoutTree]'s internal nodes, item 0 the virtual root:
/// the children of item `k` are `first[k] .. first[k]+count[k]-1` and follow `k`.
/// In the plain case the items are the [LayoutTree]'s internal nodes and no array
/// is copied. In compact mode the stacked leaves of a manager are replaced by one
/// block item at the position of the first of them.
final class ItemTree {
    final int m;
    final int[] first;
    final int[] count;
    final double[] bsize;
    final double[] dsize;
    /// item -> internal node, or `-(b + 1)` for block `b`; null when items are nodes
    final int[] node;
    /// block `b` holds the internal nodes `members[blockStart[b] .. blockStart[b+1]-1]`
    final int[] blockStart;
    final int[] members;
    /// largest child count, sizes the scratch stack of the core
    final int maxCount;

    private ItemTree(int m, int[] first, int[] count, double[] bsize, double[] dsize,
                     int[] node, int[] blockStart, int[] members, int maxCount) {
        this.m = m;
        this.first = first;
        this.count = count;
        this.bsize = bsize;
        this.dsize = dsize;
        this.node = node;
        this.blockStart = blockStart;
        this.members = members;
        this.maxCount = maxCount;
    }

    /// Items are the tree's nodes; only the axes are chosen.
    static ItemTree plain(LayoutTree t, boolean horizontal) {
        int max = 0;
        for (int k = 0; k <= t.n; k++) {
            max = Math.max(max, t.count[k]);
        }
        return new ItemTree(t.n + 1, t.first, t.count, horizontal ? t.ih : t.iw,
                horizontal ? t.iw : t.ih, null, new int[1], new int[0], max);
    }

    /// Items with the leaf reports of every manager that has at least two of them
    /// merged into one block, `indent + widest` broad and as deep as the stacked
    /// cards plus the row gaps between them.
    static ItemTree compact(LayoutTree t, boolean horizontal, double rowGap, double indent) {
        int n = t.n;
        int[] tf = t.first;
        int[] tc = t.count;
        double[] tb = horizontal ? t.ih : t.iw;
        double[] td = horizontal ? t.iw : t.ih;
        // a block replaces at least two leaves, so there are never more items than nodes
        int cap = n + 1;
        int[] first = new int[cap];
        int[] count = new int[cap];
        int[] node = new int[cap];
        double[] bsize = new double[cap];
        double[] dsize = new double[cap];
        int[] members = new int[n];
        int[] blockStart = new int[n / 2 + 2];
        int blocks = 0;
        int mem = 0;
        int max = 0;
        int m = 1;
        // numbered like LayoutTree: an item's children get the next free numbers when
        // it comes off the stack, which keeps subtrees contiguous
        int[] stack = new int[cap];
        int sp = 0;
        stack[sp++] = 0;
        while (sp > 0) {
            int k = stack[--sp];
            int v = node[k];
            int f = tf[v];
            int c = tc[v];
            first[k] = m;
            // the virtual root's children are roots of a forest, never stacked
            boolean stacking = v != 0 && c >= 2 && leafCount(tc, f, c) >= 2;
            int blockItem = -1;
            double widest = 0;
            double depth = 0;
            for (int j = f; j < f + c; j++) {
                if (stacking && tc[j] == 0) {
                    if (blockItem < 0) {
                        blockItem = m++;
                        blockStart[blocks] = mem;
                        node[blockItem] = -(++blocks);
                    } else {
                        depth += rowGap;
                    }
                    members[mem++] = j;
                    widest = Math.max(widest, tb[j]);
                    depth += td[j];
                } else {
                    node[m] = j;
                    bsize[m] = tb[j];
                    dsize[m] = td[j];
                    m++;
                }
            }
            if (blockItem >= 0) {
                bsize[blockItem] = indent + widest;
                dsize[blockItem] = depth;
            }
            count[k] = m - first[k];
            max = Math.max(max, count[k]);
            for (int j = m - 1; j >= first[k]; j--) {
                // leaves and blocks have nothing to number
                if (node[j] >= 0 && tc[node[j]] > 0) {
                    stack[sp++] = j;
                }
            }
        }
        blockStart[blocks] = mem;
        return new ItemTree(m, first, count, bsize, dsize, node, blockStart, members, max);
    }

    private static int leafCount(int[] tc, int f, int c) {
        int leaves = 0;
        for (int j = f; j < f + c; j++) {
            if (tc[j] == 0) {
                leaves++;
            }
        }
        return leaves;
    }
}
