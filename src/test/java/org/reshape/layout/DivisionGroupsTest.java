package org.reshape.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class DivisionGroupsTest {

    private static List<DivisionGroups.Outline> outlines(String[] division, int[] parent) {
        double[] w = new double[parent.length];
        double[] h = new double[parent.length];
        java.util.Arrays.fill(w, 100);
        java.util.Arrays.fill(h, 50);
        Layout l = TreeLayout.layout(LayoutTree.of(parent, w, h), LayoutOptions.DEFAULTS);
        return DivisionGroups.of(division, parent, l, SpatialIndex.of(l));
    }

    @Test
    void aManagerAndReportsOfOneDivision_makeOneOutline() {
        var out = outlines(new String[] {"a", "a", "a"}, new int[] {-1, 0, 0});
        assertThat(out).singleElement().satisfies(o -> {
            assertThat(o.whole()).isTrue();
            assertThat(o.first()).isTrue();
            assertThat(o.maxX() - o.minX()).isEqualTo(220.0);
        });
    }

    @Test
    void colleaguesOfOneDivision_shareAnOutline() {
        var out = outlines(new String[] {"a", "b", "b"}, new int[] {-1, 0, 0});
        assertThat(out).extracting(DivisionGroups.Outline::divisionId).containsExactly("a", "b");
        assertThat(out.get(1).whole()).isTrue();
    }

    @Test
    void anOutlineThatWouldTakeInAnotherDivisionsCard_goesCardByCard() {
        // a's root and its second report would enclose b's card between them
        var out = outlines(new String[] {"a", "b", "a"}, new int[] {-1, 0, 0});
        assertThat(out).filteredOn(o -> o.divisionId().equals("a")).hasSize(2)
                .allSatisfy(o -> assertThat(o.whole()).isFalse())
                .extracting(DivisionGroups.Outline::first).containsExactly(true, false);
        assertThat(out).filteredOn(o -> o.divisionId().equals("b")).singleElement()
                .satisfies(o -> assertThat(o.whole()).isTrue());
    }
}
