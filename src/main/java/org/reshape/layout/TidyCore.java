package org.reshape.layout;

/// Van der Ploeg's linear-time layout of non-layered tidy trees ("Drawing
/// non-layered tidy trees in linear time", Softw. Pract. Exper. 2014), the
/// algorithm behind d3-flextree, on flat arrays.
///
/// Coordinates are in the orientation-free frame of [ItemTree]: `left` is an
/// item's edge on the breadth axis, `top` its edge on the depth axis. A child's
/// top is its parent's top + depth + `levelGap`, so a deep card only pushes its
/// own reports down. For separating subtrees every item reaches down to the top of
/// its reports (depth + `levelGap`), as in d3-flextree, which keeps the connector
/// band under a card clear of neighbouring subtrees.
///
/// Each subtree is laid out once, relative to its root, and afterwards only moved
/// as a whole (by its root's `mod`), so its shape never depends on its siblings.
/// Contours are followed through the extreme nodes and threads of the paper; the
/// paper's linked list of sibling indices with their lowest y ("IYL") only ever
/// grows and shrinks at its head, so here it is an array stack.
///
/// Threads use 0 as "none": item 0 is the virtual root, which is never on the
/// contour of a subtree.
final class TidyCore {
    private final ItemTree t;
    private final int[] first;
    private final int[] count;
    private final double[] bsize;
    /// bottom of each item including the level gap: where its reports start
    final double[] bot;
    /// preliminary left edge relative to the parent's subtree; `left` at the end
    private final double[] prelim;
    /// modifier: offset of the whole subtree; the running sum at the end
    private final double[] mod;
    private final double[] shift;
    private final double[] change;
    /// sums of modifiers from the subtree root down to its extreme nodes
    private final double[] msel;
    private final double[] mser;
    /// deepest leftmost / rightmost node of each subtree
    private final int[] el;
    private final int[] er;
    /// left and right threads of leaves
    private final int[] tl;
    private final int[] tr;
    private final double[] iylLow;
    private final int[] iylIdx;

    private TidyCore(ItemTree t) {
        this.t = t;
        int m = t.m;
        first = t.first;
        count = t.count;
        bsize = t.bsize;
        bot = new double[m];
        prelim = new double[m];
        mod = new double[m];
        shift = new double[m];
        change = new double[m];
        msel = new double[m];
        mser = new double[m];
        el = new int[m];
        er = new int[m];
        tl = new int[m];
        tr = new int[m];
        iylLow = new double[Math.max(1, t.maxCount)];
        iylIdx = new int[Math.max(1, t.maxCount)];
    }

    /// Lays out the items. Returns the core; read `left(k)`, `top(k)` from it.
    static TidyCore run(ItemTree t, double levelGap, double siblingGap, double cousinGap) {
        TidyCore c = new TidyCore(t);
        c.depths(levelGap);
        c.firstWalk(siblingGap, cousinGap);
        c.secondWalk();
        return c;
    }

    /// Breadth-axis left edge of item `k` (after [#run]).
    double left(int k) {
        return prelim[k];
    }

    private void depths(double levelGap) {
        double[] dsize = t.dsize;
        // the virtual root has no extent: roots start at depth 0
        bot[0] = 0;
        for (int v = 0; v < t.m; v++) {
            double top = bot[v];
            for (int c = first[v], end = c + count[v]; c < end; c++) {
                bot[c] = top + dsize[c] + levelGap;
            }
        }
    }

    /// Bottom-up: every child comes after its parent, so a backward loop sees each
    /// subtree complete before its root. The paper recurses and separates child i
    /// right after laying it out; separating only touches the children's own
    /// subtrees, so laying out all children first and then separating them in
    /// order gives the same result without recursion (deep chains are fine).
    private void firstWalk(double siblingGap, double cousinGap) {
        for (int v = t.m - 1; v >= 0; v--) {
            int cs = count[v];
            if (cs == 0) {
                el[v] = v;
                er[v] = v;
                continue;
            }
            int c0 = first[v];
            iylLow[0] = bot[el[c0]];
            iylIdx[0] = 0;
            int top = 1;
            // roots of a forest are separate trees: keep them a cousin gap apart
            double gap = v == 0 ? cousinGap : siblingGap;
            for (int i = 1; i < cs; i++) {
                int ci = c0 + i;
                // lowest y while the extreme nodes still point into this subtree
                double minY = bot[er[ci]];
                separate(c0, i, top - 1, gap, cousinGap);
                while (top > 0 && minY >= iylLow[top - 1]) {
                    top--;
                }
                iylLow[top] = minY;
                iylIdx[top] = i;
                top++;
            }
            int cf = c0 + cs - 1;
            // centred over the span from the first child's left edge to the last one's right edge
            prelim[v] = (prelim[c0] + mod[c0] + mod[cf] + prelim[cf] + bsize[cf] - bsize[v]) / 2;
            el[v] = el[c0];
            msel[v] = msel[c0];
            er[v] = er[cf];
            mser[v] = mser[cf];
        }
    }

    /// Moves child `i` right of the right contour of its left siblings `0..i-1`.
    private void separate(int c0, int i, int ih, double siblingGap, double cousinGap) {
        int ci = c0 + i;
        int sr = ci - 1;
        int cl = ci;
        double mssr = mod[sr];
        double mscl = mod[cl];
        boolean firstLevel = true;
        while (sr != 0 && cl != 0) {
            double sb = bot[sr];
            while (ih > 0 && sb > iylLow[ih]) {
                ih--;
            }
            // only the two subtree roots are siblings; further down they are cousins
            double gap = firstLevel ? siblingGap : cousinGap;
            double dist = mssr + prelim[sr] + bsize[sr] + gap - (mscl + prelim[cl]);
            // at the roots also move left: a child starts wherever its own subtree
            // put its root, which may be farther right than needed (d3-flextree does the same)
            if (dist > 0 || firstLevel) {
                mscl += dist;
                mod[ci] += dist;
                msel[ci] += dist;
                mser[ci] += dist;
                int si = iylIdx[ih];
                if (si != i - 1) {
                    // spread the move over the smaller siblings in between
                    double nr = i - si;
                    shift[c0 + si + 1] += dist / nr;
                    shift[ci] -= dist / nr;
                    change[ci] -= dist - dist / nr;
                }
            }
            firstLevel = false;
            double cb = bot[cl];
            if (sb <= cb) {
                sr = count[sr] == 0 ? tr[sr] : first[sr] + count[sr] - 1;
                if (sr != 0) {
                    mssr += mod[sr];
                }
            }
            if (sb >= cb) {
                cl = count[cl] == 0 ? tl[cl] : first[cl];
                if (cl != 0) {
                    mscl += mod[cl];
                }
            }
        }
        if (sr == 0 && cl != 0) {
            // the new subtree is deeper: thread the left siblings' extreme into it
            int li = el[c0];
            tl[li] = cl;
            double diff = (mscl - mod[cl]) - msel[c0];
            mod[li] += diff;
            prelim[li] -= diff;
            el[c0] = el[ci];
            msel[c0] = msel[ci];
        } else if (sr != 0 && cl == 0) {
            // the left siblings are deeper: thread the new subtree's extreme into them
            int ri = er[ci];
            tr[ri] = sr;
            double diff = (mssr - mod[sr]) - mser[ci];
            mod[ri] += diff;
            prelim[ri] -= diff;
            er[ci] = er[ci - 1];
            mser[ci] = mser[ci - 1];
        }
    }

    /// Top-down: turns modifiers into absolute left edges (stored in `prelim`),
    /// applying the deferred shifts of the in-between siblings on the way.
    private void secondWalk() {
        for (int v = 0; v < t.m; v++) {
            // mod[v] already holds the sum of modifiers of v and its ancestors
            double sum = mod[v];
            prelim[v] += sum;
            double d = 0;
            double delta = 0;
            for (int c = first[v], end = c + count[v]; c < end; c++) {
                d += shift[c];
                delta += d + change[c];
                mod[c] += delta + sum;
            }
        }
    }
}
