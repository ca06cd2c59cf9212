package org.reshape.layout;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.reshape.bench.OrgGenerator;

/// Same algorithm, same trees, same gaps: the extents must equal what
/// d3-flextree 2.1.2 printed for `d3-layout-bench.mjs` (node 20, run on this
/// machine). Compact is compared with `stackIndent = 0`, which is what the d3
/// script's 1-column emulation does (one block per stack, no indent).
class FlextreeParityTest {

    @ParameterizedTest
    @CsvSource({
        "1000, 127918, 920, 37341, 1820",
        "10000, 1299706, 1200, 357732, 2100",
        "100000, 12804225, 1480, 3617027, 2380",
    })
    void extentsMatchFlextree(int n, long tidyW, long tidyH, long stackW, long stackH) {
        OrgGenerator g = OrgGenerator.generate(n);
        LayoutTree tree = LayoutTree.of(g.parents(), g.widths(), g.heights());

        Layout tidy = TreeLayout.layout(tree, LayoutOptions.DEFAULTS);
        assertThat(Math.round(tidy.maxX())).isEqualTo(tidyW);
        assertThat(Math.round(tidy.maxY())).isEqualTo(tidyH);

        Layout stack = TreeLayout.layout(tree, LayoutOptions.DEFAULTS.withCompact(true).withStack(20, 0));
        assertThat(Math.round(stack.maxX())).isEqualTo(stackW);
        assertThat(Math.round(stack.maxY())).isEqualTo(stackH);
    }
}
