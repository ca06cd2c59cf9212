package org.reshape.layout;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.reshape.bench.OrgGenerator;

/// The benchmark generator must rebuild exactly the trees of
/// `/work/shared/bench/d3-layout-bench.mjs`; these are the checksums printed there.
class OrgGeneratorTest {

    @ParameterizedTest
    @CsvSource({
        "1000, 169824, 59611785, 842, 6",
        "10000, 1701656, 594702029, 8458, 8",
        "100000, 16994730, 5989619161, 84572, 10",
    })
    void reproducesTheD3Checksums(int n, long sumW, long sumS, int leaves, int depth) {
        OrgGenerator g = OrgGenerator.generate(n);
        assertThat(g.size()).isEqualTo(n);
        assertThat(g.sumWidths()).isEqualTo(sumW);
        assertThat(g.sumSalaries()).isEqualTo(sumS);
        assertThat(g.leaves()).isEqualTo(leaves);
        assertThat(g.maxDepth()).isEqualTo(depth);
    }
}
