package org.reshape.bench;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.reshape.layout.Layout;
import org.reshape.layout.LayoutOptions;
import org.reshape.layout.LayoutTree;
import org.reshape.layout.TreeLayout;

/// Layout time on the generated orgs of `d3-layout-bench.mjs` (same trees, same
/// gaps 60 / 20 / 40, cards 120..220 x 80), to compare with d3.tree and d3-flextree.
///
/// - `layout`: [TreeLayout#layout] on a prebuilt [LayoutTree] (like timing d3's
///   layout call apart from `hierarchy()`).
/// - `buildAndLayout`: also builds the [LayoutTree] from the parent links, i.e.
///   the full cost of re-laying out after the shape changed.
///
/// `mode`: `tidy`, or `compact` (leaf reports stacked in one column, indent 20).
/// The setup prints the drawing's extents; with indent 0 the compact extents are
/// those of the d3 script's "compact 1-col" line (pinned by `FlextreeParityTest`).
///
/// Warm-up iterations last 2 s: on two shared cores C2 needs a few layouts of the
/// big trees before the loops are compiled, and shorter warm-ups leak that into
/// the first measurements.
///
/// Run: `./mvnw -q -o -Pbench test-compile exec:exec -Dbench.args="LayoutBench -f 1 -wi 3 -i 5"`
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xms4g", "-Xmx4g"})
public class LayoutBench {
    @Param({"1000", "10000", "100000", "1000000"})
    public int n;

    @Param({"tidy", "compact"})
    public String mode;

    private int[] parent;
    private double[] width;
    private double[] height;
    private LayoutTree tree;
    private LayoutOptions options;

    @Setup(Level.Trial)
    public void setUp() {
        OrgGenerator g = OrgGenerator.generate(n);
        parent = g.parents();
        width = g.widths();
        height = g.heights();
        tree = LayoutTree.of(parent, width, height);
        options = LayoutOptions.DEFAULTS.withCompact("compact".equals(mode));
        Layout l = TreeLayout.layout(tree, options);
        Layout d3 = TreeLayout.layout(tree, options.withStack(20, 0));
        System.out.printf("%n[extents] n=%d %s: %.0f x %.0f px (indent 0, as d3: %.0f x %.0f)%n",
                n, mode, l.maxX(), l.maxY(), d3.maxX(), d3.maxY());
    }

    @Benchmark
    public Layout layout() {
        return TreeLayout.layout(tree, options);
    }

    @Benchmark
    public Layout buildAndLayout() {
        return TreeLayout.layout(LayoutTree.of(parent, width, height), options);
    }
}
