package org.reshape.layout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/// Invariants of [TreeLayout] on random trees and forests with random card sizes,
/// in both orientations, compact on and off, with random gaps.
class TreeLayoutPropertiesTest {
    private static final double EPS = 1e-6;

    @Provide
    Arbitrary<TreeCase> trees() {
        return TreeCase.trees(70);
    }

    @Provide
    Arbitrary<LayoutOptions> options() {
        Arbitrary<Integer> gap = Arbitraries.integers().between(0, 60);
        return Combinators.combine(Arbitraries.of(Orientation.class), gap, gap, gap,
                Arbitraries.of(false, true), Arbitraries.integers().between(0, 30),
                Arbitraries.integers().between(0, 30))
                .as((o, level, sib, cousin, compact, row, indent) ->
                        new LayoutOptions(o, level, sib, cousin, compact, row, indent));
    }

    @Property(tries = 400)
    void cardsKeepTheirGaps(@ForAll("trees") TreeCase c, @ForAll("options") LayoutOptions o) {
        assertThat(firstGapViolation(c, o, TreeLayout.layout(c.tree(), o))).isNull();
    }

    @Property(tries = 8)
    void bigTreesKeepTheirGaps(@ForAll("bigTrees") TreeCase c, @ForAll("options") LayoutOptions o) {
        assertThat(firstGapViolation(c, o, TreeLayout.layout(c.tree(), o))).isNull();
    }

    @Provide
    Arbitrary<TreeCase> bigTrees() {
        return TreeCase.trees(1500);
    }

    /// Every pair of cards is apart by a sibling or cousin gap along the breadth axis
    /// (side by side), or by the level gap along the depth axis; cards of one stack
    /// by the row gap. Returns a description of the first pair that is not, or null.
    static String firstGapViolation(TreeCase c, LayoutOptions o, Layout l) {
        boolean vertical = o.orientation() == Orientation.VERTICAL;
        int n = c.size();
        int[] parent = c.parent();
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                double xApart = gapBetween(l.left(i), l.right(i), l.left(j), l.right(j));
                double yApart = gapBetween(l.top(i), l.bottom(i), l.top(j), l.bottom(j));
                double breadthApart = vertical ? xApart : yApart;
                double depthApart = vertical ? yApart : xApart;
                boolean ok;
                if (l.stacked(i) && l.stacked(j) && parent[i] == parent[j]) {
                    ok = depthApart >= o.rowGap() - EPS;
                } else {
                    double side = parent[i] == parent[j] && parent[i] >= 0 ? o.siblingGap() : o.cousinGap();
                    ok = breadthApart >= side - EPS || depthApart >= o.levelGap() - EPS;
                }
                if (!ok) {
                    return "cards " + i + " " + l.rect(i) + " and " + j + " " + l.rect(j);
                }
            }
        }
        return null;
    }

    /// Distance between two intervals, negative when they overlap.
    private static double gapBetween(double a0, double a1, double b0, double b1) {
        return Math.max(b0 - a1, a0 - b1);
    }

    @Property(tries = 300)
    void managersPrecedeAndAreCentredOverReports(@ForAll("trees") TreeCase c,
                                                 @ForAll("options") LayoutOptions o) {
        LayoutTree t = c.tree();
        Layout l = TreeLayout.layout(t, o);
        boolean vertical = o.orientation() == Orientation.VERTICAL;
        for (int p = 0; p < c.size(); p++) {
            int kids = t.childCount(p);
            if (kids == 0) {
                continue;
            }
            double lo = Double.POSITIVE_INFINITY;
            double hi = Double.NEGATIVE_INFINITY;
            for (int j = 0; j < kids; j++) {
                int k = t.child(p, j);
                Rect r = l.rect(k);
                Rect pr = l.rect(p);
                double start = vertical ? r.minY() : r.minX();
                double end = vertical ? pr.maxY() : pr.maxX();
                if (l.stacked(k)) {
                    assertThat(start).isGreaterThanOrEqualTo(end + o.levelGap() - EPS);
                } else {
                    assertThat(start).isCloseTo(end + o.levelGap(), within(EPS));
                }
                // a stack is as broad as its indent plus its widest card
                double indent = l.stacked(k) ? o.stackIndent() : 0;
                lo = Math.min(lo, (vertical ? r.minX() : r.minY()) - indent);
                hi = Math.max(hi, vertical ? r.maxX() : r.maxY());
            }
            double centre = vertical ? l.x(p) : l.centerY(p);
            assertThat(centre).as("manager %d", p).isCloseTo((lo + hi) / 2, within(EPS));
        }
    }

    @Property(tries = 200)
    void stacksAreLeftAlignedColumnsInOrder(@ForAll("trees") TreeCase c, @ForAll("options") LayoutOptions o) {
        LayoutTree t = c.tree();
        Layout l = TreeLayout.layout(t, o.withCompact(true));
        boolean vertical = o.orientation() == Orientation.VERTICAL;
        for (int p = 0; p < c.size(); p++) {
            int leaves = 0;
            int prev = -1;
            for (int j = 0; j < t.childCount(p); j++) {
                int k = t.child(p, j);
                if (t.childCount(k) != 0) {
                    assertThat(l.stacked(k)).isFalse();
                    continue;
                }
                leaves++;
                if (prev >= 0) {
                    Rect a = l.rect(prev);
                    Rect b = l.rect(k);
                    if (vertical) {
                        assertThat(b.minX()).isCloseTo(a.minX(), within(EPS));
                        assertThat(b.minY()).isCloseTo(a.maxY() + o.rowGap(), within(EPS));
                    } else {
                        assertThat(b.minY()).isCloseTo(a.minY(), within(EPS));
                        assertThat(b.minX()).isCloseTo(a.maxX() + o.rowGap(), within(EPS));
                    }
                }
                prev = k;
            }
            for (int j = 0; j < t.childCount(p); j++) {
                int k = t.child(p, j);
                if (t.childCount(k) == 0) {
                    assertThat(l.stacked(k)).isEqualTo(leaves >= 2);
                }
            }
        }
    }

    @Property(tries = 300)
    void subtreeShapeIgnoresItsSiblings(@ForAll("trees") TreeCase c, @ForAll("options") LayoutOptions o,
                                        @ForAll("picks") int pick) {
        Layout full = TreeLayout.layout(c.tree(), o);
        int r = pick % c.size();
        int[] map = new int[c.size()];
        TreeCase sub = c.subtree(r, map);
        Layout alone = TreeLayout.layout(sub.tree(), o);
        for (int k = 0; k < sub.size(); k++) {
            int i = map[k];
            assertThat(full.x(i) - full.x(r)).as("x of %d under %d", i, r)
                    .isCloseTo(alone.x(k) - alone.x(0), within(EPS));
            assertThat(full.y(i) - full.y(r)).as("y of %d under %d", i, r)
                    .isCloseTo(alone.y(k) - alone.y(0), within(EPS));
            if (k != 0) {
                assertThat(full.stacked(i)).isEqualTo(alone.stacked(k));
            }
        }
    }

    @Provide
    Arbitrary<Integer> picks() {
        return Arbitraries.integers().between(0, 10_000);
    }

    @Property(tries = 200)
    void drawingStartsAtTheOriginAndHoldsEveryCardAndStackStrip(@ForAll("trees") TreeCase c,
                                                    @ForAll("options") LayoutOptions o) {
        Layout l = TreeLayout.layout(c.tree(), o);
        double minX = Double.POSITIVE_INFINITY;
        double minY = Double.POSITIVE_INFINITY;
        double maxX = Double.NEGATIVE_INFINITY;
        double maxY = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < c.size(); i++) {
            Rect r = l.rect(i);
            // the strip before a stack, for its connector, belongs to the drawing
            double strip = l.stacked(i) ? o.stackIndent() : 0;
            boolean vertical = o.orientation() == Orientation.VERTICAL;
            minX = Math.min(minX, r.minX() - (vertical ? strip : 0));
            minY = Math.min(minY, r.minY() - (vertical ? 0 : strip));
            maxX = Math.max(maxX, r.maxX());
            maxY = Math.max(maxY, r.maxY());
        }
        assertThat(minX).isCloseTo(0, within(EPS));
        assertThat(minY).isCloseTo(0, within(EPS));
        assertThat(l.maxX()).isCloseTo(maxX, within(EPS));
        assertThat(l.maxY()).isCloseTo(maxY, within(EPS));
    }
}
