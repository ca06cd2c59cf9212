package org.reshape.layout;

import java.util.Arrays;

/// Immutable shape of a chart: who reports to whom and how big each card is.
///
/// Nodes are `0..size()-1`; `parent[i] == -1` marks a root. Several roots make a
/// forest, laid out side by side in index order. Children keep index order.
///
/// Internally the nodes are renumbered behind a virtual super-root (internal number
/// 0) so that the children of every node are one contiguous run of numbers, every
/// child comes after its parent, and every subtree is (nearly) one contiguous range.
/// The layout then needs no child lists, only `first` and `count`, its passes are
/// plain forward or backward loops, and its memory accesses stay local. Building
/// this costs O(n) once per shape.
public final class LayoutTree {
    final int n;
    /// original parent links, as given
    private final int[] parent;
    /// card sizes by original index
    final double[] width;
    final double[] height;
    /// internal number -> original index; `order[0] == -1` is the virtual root
    final int[] order;
    /// original index -> internal number
    final int[] rank;
    /// first child (internal number) and child count, by internal number
    final int[] first;
    final int[] count;
    /// card sizes by internal number (0 for the virtual root)
    final double[] iw;
    final double[] ih;

    private LayoutTree(int[] parent, double[] width, double[] height) {
        this.n = parent.length;
        this.parent = parent;
        this.width = width;
        this.height = height;
        this.order = new int[n + 1];
        this.rank = new int[n];
        this.first = new int[n + 1];
        this.count = new int[n + 1];
        this.iw = new double[n + 1];
        this.ih = new double[n + 1];
        build();
    }

    /// Builds a tree (or forest) from parent links and card sizes.
    ///
    /// @param parent parent index of each node, `-1` for a root
    /// @param width  card widths, finite and >= 0
    /// @param height card heights, finite and >= 0
    /// @throws IllegalArgumentException on different lengths, bad sizes, parent
    ///         indices out of range or cycles
    public static LayoutTree of(int[] parent, double[] width, double[] height) {
        if (parent.length != width.length || parent.length != height.length) {
            throw new IllegalArgumentException("parent, width and height differ in length: "
                    + parent.length + ", " + width.length + ", " + height.length);
        }
        int n = parent.length;
        for (int i = 0; i < n; i++) {
            int p = parent[i];
            if (p < -1 || p >= n || p == i) {
                throw new IllegalArgumentException("node " + i + " has invalid parent " + p);
            }
            checkSize(width[i], "width", i);
            checkSize(height[i], "height", i);
        }
        // copies, so the caller may reuse its arrays and a Layout can keep ours
        return new LayoutTree(parent.clone(), width.clone(), height.clone());
    }

    private static void checkSize(double v, String what, int i) {
        if (!(v >= 0) || Double.isInfinite(v)) {
            throw new IllegalArgumentException(what + " of node " + i + " must be finite and >= 0, was " + v);
        }
    }

    private void build() {
        // children of each original node in index order, as a compact CSR
        int[] start = new int[n + 2];
        for (int i = 0; i < n; i++) {
            start[parent[i] + 2]++;
        }
        for (int i = 1; i < n + 2; i++) {
            start[i] += start[i - 1];
        }
        // slot p+1 holds the children of p, slot 0 the roots
        int[] kids = new int[n];
        int[] fill = Arrays.copyOf(start, n + 1);
        for (int i = 0; i < n; i++) {
            kids[fill[parent[i] + 1]++] = i;
        }
        // depth-first, one block of children at a time: when a node is taken off the
        // stack its children get the next free numbers, so every subtree ends up in
        // one contiguous range and the contour walks of the layout stay in cache
        order[0] = -1;
        int tail = 1;
        int[] stack = new int[n + 1];
        int sp = 0;
        stack[sp++] = 0;
        while (sp > 0) {
            int k = stack[--sp];
            int slot = order[k] + 1;
            first[k] = tail;
            for (int s = start[slot]; s < start[slot + 1]; s++) {
                int c = kids[s];
                rank[c] = tail;
                order[tail++] = c;
            }
            count[k] = tail - first[k];
            // last child first on the stack, so the first child's subtree is numbered first
            for (int j = tail - 1; j >= first[k]; j--) {
                int c = order[j];
                // leaves have no children to number
                if (start[c + 2] > start[c + 1]) {
                    stack[sp++] = j;
                }
            }
        }
        if (tail != n + 1) {
            throw new IllegalArgumentException("parent links contain a cycle: "
                    + (n + 1 - tail) + " nodes are not reachable from a root");
        }
        for (int k = 1; k <= n; k++) {
            iw[k] = width[order[k]];
            ih[k] = height[order[k]];
        }
    }

    /// Number of nodes.
    public int size() {
        return n;
    }

    /// Parent of node `i`, or -1 for a root.
    public int parent(int i) {
        return parent[i];
    }

    /// Card width of node `i`.
    public double width(int i) {
        return width[i];
    }

    /// Card height of node `i`.
    public double height(int i) {
        return height[i];
    }

    /// Number of reports of node `i`.
    public int childCount(int i) {
        return count[rank[i]];
    }

    /// The `j`-th report of node `i` (index order).
    public int child(int i, int j) {
        int k = rank[i];
        if (j < 0 || j >= count[k]) {
            throw new IndexOutOfBoundsException("child " + j + " of node " + i);
        }
        return order[first[k] + j];
    }

    /// Number of roots (trees in the forest).
    public int rootCount() {
        return count[0];
    }
}
