package org.reshape.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.reshape.bench.OrgGenerator;

/// The grid must agree with brute force on random layouts and random probes.
class SpatialIndexTest {

    @Provide
    Arbitrary<TreeCase> trees() {
        return TreeCase.trees(300);
    }

    @Provide
    Arbitrary<List<Double>> probes() {
        // fractions of the drawing, a little beyond it on every side
        return Arbitraries.doubles().between(-0.2, 1.2).list().ofSize(40);
    }

    @Property(tries = 150)
    void agreesWithBruteForce(@ForAll("trees") TreeCase c, @ForAll boolean compact, @ForAll boolean horizontal,
                              @ForAll("probes") List<Double> f) {
        LayoutOptions o = LayoutOptions.DEFAULTS.withCompact(compact)
                .withOrientation(horizontal ? Orientation.HORIZONTAL : Orientation.VERTICAL);
        Layout l = TreeLayout.layout(c.tree(), o);
        SpatialIndex index = SpatialIndex.of(l);
        double w = l.maxX();
        double h = l.maxY();
        for (int q = 0; q + 3 < f.size(); q += 4) {
            double ax = f.get(q) * w;
            double ay = f.get(q + 1) * h;
            // mostly viewport-sized windows, sometimes a single point
            double bx = ax + Math.abs(f.get(q + 2)) * Math.min(w, 900);
            double by = ay + Math.abs(f.get(q + 3)) * Math.min(h, 600);
            List<Integer> got = new ArrayList<>();
            int count = index.query(ax, ay, bx, by, got::add);
            Rect window = new Rect(ax, ay, bx, by);
            Set<Integer> want = new HashSet<>();
            for (int i = 0; i < l.size(); i++) {
                if (l.rect(i).intersects(window)) {
                    want.add(i);
                }
            }
            assertThat(got).hasSize(count).doesNotHaveDuplicates();
            assertThat(new HashSet<>(got)).isEqualTo(want);

            int hit = index.hit(ax, ay);
            double best = Double.POSITIVE_INFINITY;
            boolean inside = false;
            for (int i = 0; i < l.size(); i++) {
                best = Math.min(best, distance(l.rect(i), ax, ay));
                inside |= l.rect(i).contains(ax, ay);
            }
            if (inside) {
                assertThat(l.rect(hit).contains(ax, ay)).isTrue();
            } else {
                assertThat(hit).isEqualTo(-1);
            }
            int near = index.nearest(ax, ay);
            assertThat(distance(l.rect(near), ax, ay)).isEqualTo(best);
        }
    }

    private static double distance(Rect r, double x, double y) {
        double dx = Math.max(Math.max(r.minX() - x, x - r.maxX()), 0);
        double dy = Math.max(Math.max(r.minY() - y, y - r.maxY()), 0);
        return Math.hypot(dx, dy);
    }

    @Test
    void emptyLayout() {
        Layout l = TreeLayout.layout(LayoutTree.of(new int[0], new double[0], new double[0]), LayoutOptions.DEFAULTS);
        SpatialIndex index = SpatialIndex.of(l);
        assertThat(index.query(-10, -10, 10, 10, i -> { })).isZero();
        assertThat(index.hit(0, 0)).isEqualTo(-1);
        assertThat(index.nearest(0, 0)).isEqualTo(-1);
    }

    @Test
    void viewportOfAHundredThousandPostsIsFast() {
        OrgGenerator g = OrgGenerator.generate(100_000);
        Layout l = TreeLayout.layout(LayoutTree.of(g.parents(), g.widths(), g.heights()), LayoutOptions.DEFAULTS);
        SpatialIndex index = SpatialIndex.of(l);
        int[] hits = new int[1];
        // a 4K screen at zoom 1/2 sweeping along the bottom levels, where the cards are
        long best = Long.MAX_VALUE;
        for (int round = 0; round < 20; round++) {
            long t0 = System.nanoTime();
            for (int k = 0; k < 100; k++) {
                double x = l.maxX() * k / 100;
                index.query(x, 0, x + 7680, 4320, i -> hits[0]++);
            }
            best = Math.min(best, System.nanoTime() - t0);
        }
        // tens to hundreds of cards per window
        assertThat(hits[0] / (20 * 100)).isGreaterThan(30);
        // 100 queries of a few hundred hits each: generous bound, far below 1 ms per query
        assertThat(best / 100).isLessThan(500_000L);
    }
}
