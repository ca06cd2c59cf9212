package org.reshape.layout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/// Exact coordinates on tiny trees, worked out by hand (gaps 60 / 20 / 40).
class TreeLayoutExampleTest {
    private static final LayoutOptions V = LayoutOptions.DEFAULTS;

    private static LayoutTree tree(int[] parent, double[] w, double[] h) {
        return LayoutTree.of(parent, w, h);
    }

    @Test
    void managerCentredOverTwoReports() {
        Layout l = TreeLayout.layout(tree(new int[]{-1, 0, 0}, new double[]{100, 60, 80},
                new double[]{50, 40, 40}), V);
        // reports at left 0 and 60 + 20 = 80: span 0..160, manager centre 80
        assertThat(l.x(0)).isEqualTo(80);
        assertThat(l.x(1)).isEqualTo(30);
        assertThat(l.x(2)).isEqualTo(120);
        assertThat(l.y(0)).isZero();
        assertThat(l.y(1)).isEqualTo(110);
        assertThat(l.y(2)).isEqualTo(110);
        assertThat(l.bounds()).isEqualTo(new Rect(0, 0, 160, 150));
        assertThat(l.rect(2)).isEqualTo(new Rect(80, 110, 160, 150));
    }

    @Test
    void horizontalIsTheTransposedLayout() {
        Layout l = TreeLayout.layout(tree(new int[]{-1, 0, 0}, new double[]{100, 60, 80},
                new double[]{50, 40, 40}), V.withOrientation(Orientation.HORIZONTAL));
        // breadth = heights: reports at top 0 and 40 + 20 = 60, manager top (0 + 100) / 2 - 25
        assertThat(l.rect(0)).isEqualTo(new Rect(0, 25, 100, 75));
        assertThat(l.rect(1)).isEqualTo(new Rect(160, 0, 220, 40));
        assertThat(l.rect(2)).isEqualTo(new Rect(160, 60, 240, 100));
        assertThat(l.bounds()).isEqualTo(new Rect(0, 0, 240, 100));
    }

    @Test
    void tallCardPushesOnlyItsOwnReportsDown() {
        Layout l = TreeLayout.layout(tree(new int[]{-1, 0, 0, 1, 2}, new double[]{100, 60, 60, 60, 60},
                new double[]{50, 100, 40, 40, 40}), V);
        assertThat(l.y(3)).isEqualTo(110 + 100 + 60);
        assertThat(l.y(4)).isEqualTo(110 + 40 + 60);
    }

    @Test
    void cousinsKeepTheCousinGap() {
        // 0 -> {1, 2}, 1 -> {3}, 2 -> {4}: 3 and 4 are cousins, 40 apart; 1 and 2 end up 40 apart too
        Layout l = TreeLayout.layout(tree(new int[]{-1, 0, 0, 1, 2}, new double[]{10, 50, 50, 100, 100},
                new double[]{40, 40, 40, 40, 40}), V);
        assertThat(l.left(4) - l.right(3)).isEqualTo(40);
        assertThat(l.left(2) - l.right(1)).isEqualTo(90);
        assertThat(l.x(1)).isEqualTo(l.x(3));
    }

    @Test
    void compactStacksLeavesBesideTheSubtrees() {
        // 0 -> [1 leaf, 4 manager, 2 leaf, 3 leaf], 4 -> 5
        int[] parent = {-1, 0, 0, 0, 0, 4};
        double[] w = {100, 60, 80, 70, 50, 50};
        double[] h = {50, 40, 40, 40, 40, 40};
        Layout l = TreeLayout.layout(tree(parent, w, h), V.withCompact(true));
        // block: 20 indent + 80 widest = 100 broad, 3 * 40 + 2 * 20 = 160 deep, at left 0
        assertThat(l.left(1)).isEqualTo(20);
        assertThat(l.left(2)).isEqualTo(20);
        assertThat(l.left(3)).isEqualTo(20);
        assertThat(l.y(1)).isEqualTo(110);
        assertThat(l.y(2)).isEqualTo(170);
        assertThat(l.y(3)).isEqualTo(230);
        // 4 sits a sibling gap right of the block, but its report 5 reaches down beside
        // the block and needs a cousin gap: 100 + 40 = 140
        assertThat(l.left(4)).isEqualTo(140);
        assertThat(l.left(5)).isEqualTo(140);
        assertThat(l.y(5)).isEqualTo(210);
        // manager centred over 0..190
        assertThat(l.x(0)).isEqualTo(95);
        assertThat(l.bounds()).isEqualTo(new Rect(0, 0, 190, 270));
        assertThat(l.stacked(1)).isTrue();
        assertThat(l.stacked(4)).isFalse();
        assertThat(l.stacked(5)).isFalse();
    }

    @Test
    void forestRootsSideBySideACousinGapApart() {
        Layout l = TreeLayout.layout(tree(new int[]{-1, -1, 1}, new double[]{100, 50, 70},
                new double[]{40, 40, 40}), V);
        // the roots are a cousin gap apart; 2 is below root 0's level and may reach under it
        assertThat(l.left(0)).isZero();
        assertThat(l.left(1)).isEqualTo(140);
        assertThat(l.left(2)).isEqualTo(130);
        assertThat(l.x(1)).isEqualTo(l.x(2));
        assertThat(l.y(0)).isZero();
        assertThat(l.y(1)).isZero();
    }

    @Test
    void emptyAndSingle() {
        Layout empty = TreeLayout.layout(tree(new int[0], new double[0], new double[0]), V);
        assertThat(empty.size()).isZero();
        assertThat(empty.bounds()).isEqualTo(new Rect(0, 0, 0, 0));
        Layout one = TreeLayout.layout(tree(new int[]{-1}, new double[]{30}, new double[]{10}), V);
        assertThat(one.rect(0)).isEqualTo(new Rect(0, 0, 30, 10));
    }

    @Test
    void deepChainNeedsNoRecursion() {
        int n = 200_000;
        int[] parent = new int[n];
        double[] w = new double[n];
        double[] h = new double[n];
        for (int i = 0; i < n; i++) {
            parent[i] = i - 1;
            w[i] = 10 + i % 7;
            h[i] = 5;
        }
        Layout l = TreeLayout.layout(tree(parent, w, h), V);
        assertThat(l.y(n - 1)).isEqualTo((n - 1) * 65.0);
        assertThat(l.x(n - 1)).isEqualTo(l.x(0));
    }

    @Test
    void rejectsBadInput() {
        assertThatThrownBy(() -> tree(new int[]{1, 0}, new double[2], new double[2]))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("cycle");
        assertThatThrownBy(() -> tree(new int[]{-1, 5}, new double[2], new double[2]))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> tree(new int[]{-1}, new double[]{Double.NaN}, new double[1]))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> V.withGaps(-1, 0, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void treeAccessors() {
        LayoutTree t = tree(new int[]{2, -1, 1, 2}, new double[]{1, 2, 3, 4}, new double[]{5, 6, 7, 8});
        assertThat(t.size()).isEqualTo(4);
        assertThat(t.rootCount()).isEqualTo(1);
        assertThat(t.childCount(2)).isEqualTo(2);
        assertThat(t.child(2, 0)).isZero();
        assertThat(t.child(2, 1)).isEqualTo(3);
        assertThat(t.parent(0)).isEqualTo(2);
        assertThat(t.width(3)).isEqualTo(4);
        assertThat(t.height(3)).isEqualTo(8);
    }
}
