package org.reshape.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/// Assistants sit beside their manager, in its layer, and nothing overlaps.
class BesideLayoutTest {

    @Test
    void anAssistant_sitsRightOfItsManager_topDown_andBelowIt_leftToRight() {
        // 0 manages 1 (assistant), 2 and 3
        int[] parent = {-1, 0, 0, 0};
        double[] w = {100, 80, 100, 100};
        double[] h = {50, 40, 50, 50};
        boolean[] assistant = {false, true, false, false};
        Layout v = BesideLayout.layout(parent, w, h, assistant, LayoutOptions.DEFAULTS);
        assertThat(v.beside(1)).isTrue();
        assertThat(v.top(1)).isEqualTo(v.top(0));
        assertThat(v.left(1)).isEqualTo(v.right(0) + LayoutOptions.DEFAULTS.siblingGap());
        assertThat(v.top(2)).isGreaterThan(v.bottom(0));

        Layout hz = BesideLayout.layout(parent, w, h, assistant, LayoutOptions.DEFAULTS.withOrientation(Orientation.HORIZONTAL));
        assertThat(hz.left(1)).isEqualTo(hz.left(0));
        assertThat(hz.top(1)).isEqualTo(hz.bottom(0) + LayoutOptions.DEFAULTS.siblingGap());
        assertThat(hz.left(2)).isGreaterThan(hz.right(0));
    }

    @Test
    void anAssistantWithReportsOfItsOwn_isLaidOutAsAnyOtherPost() {
        int[] parent = {-1, 0, 1};
        double[] size = {100, 100, 100};
        Layout l = BesideLayout.layout(parent, size, size, new boolean[] {false, true, false}, LayoutOptions.DEFAULTS);
        assertThat(l.beside(1)).isFalse();
        assertThat(l.top(1)).isGreaterThan(l.bottom(0));
    }

    @Property(tries = 200)
    void noCardsOverlap(@ForAll long seed, @ForAll @IntRange(min = 1, max = 120) int n, @ForAll boolean compact,
                        @ForAll boolean horizontal) {
        Random rnd = new Random(seed);
        int[] parent = new int[n];
        double[] w = new double[n];
        double[] h = new double[n];
        boolean[] assistant = new boolean[n];
        for (int i = 0; i < n; i++) {
            parent[i] = i == 0 ? -1 : rnd.nextInt(i);
            w[i] = 60 + rnd.nextInt(120);
            h[i] = 30 + rnd.nextInt(60);
            assistant[i] = rnd.nextInt(5) == 0;
        }
        LayoutOptions options = LayoutOptions.DEFAULTS.withCompact(compact)
                .withOrientation(horizontal ? Orientation.HORIZONTAL : Orientation.VERTICAL);
        Layout l = BesideLayout.layout(parent, w, h, assistant, options);
        for (int i = 0; i < n; i++) {
            assertThat(l.left(i)).isGreaterThanOrEqualTo(-1e-9);
            assertThat(l.right(i)).isLessThanOrEqualTo(l.maxX() + 1e-9);
            assertThat(l.bottom(i)).isLessThanOrEqualTo(l.maxY() + 1e-9);
            for (int j = i + 1; j < n; j++) {
                Rect a = l.rect(i);
                Rect b = l.rect(j);
                boolean overlap = a.minX() < b.maxX() - 1e-6 && b.minX() < a.maxX() - 1e-6
                        && a.minY() < b.maxY() - 1e-6 && b.minY() < a.maxY() - 1e-6;
                assertThat(overlap).as("cards %d and %d overlap", i, j).isFalse();
            }
        }
    }
}
