package org.reshape.bench;

import java.util.concurrent.TimeUnit;
import java.util.function.IntConsumer;
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
import org.reshape.layout.SpatialIndex;
import org.reshape.layout.TreeLayout;

/// What the viewer pays per frame and per click on a big chart: a viewport query
/// (a 1920 x 1080 screen at zoom 1, a 4K screen at zoom 1/2 and 1/4, i.e. 7680 x
/// 4320 and 15360 x 8640 chart pixels) at positions spread over the drawing, a hit test, a nearest-card
/// search, and building the index once per layout.
///
/// Run: `./mvnw -q -o -Pbench exec:exec -Dbench.args="SpatialIndexBench -f 1 -wi 3 -i 5"`
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
public class SpatialIndexBench {
    private static final int SPOTS = 1024;

    @Param({"100000", "1000000"})
    public int n;

    private Layout layout;
    private SpatialIndex index;
    private final double[] spotX = new double[SPOTS];
    private final double[] spotY = new double[SPOTS];
    private int next;
    private int hits;
    private final IntConsumer sink = i -> hits += i;

    @Setup(Level.Trial)
    public void setUp() {
        OrgGenerator g = OrgGenerator.generate(n);
        layout = TreeLayout.layout(LayoutTree.of(g.parents(), g.widths(), g.heights()), LayoutOptions.DEFAULTS);
        index = SpatialIndex.of(layout);
        // fixed pseudo-random spots over the whole drawing (mulberry32, as the generator)
        OrgGenerator.Mulberry32 rnd = new OrgGenerator.Mulberry32(7);
        long total1 = 0;
        long total4 = 0;
        long total16 = 0;
        for (int i = 0; i < SPOTS; i++) {
            spotX[i] = rnd.next() * layout.maxX();
            spotY[i] = rnd.next() * layout.maxY();
            total1 += index.query(spotX[i], spotY[i], spotX[i] + 1920, spotY[i] + 1080, k -> { });
            total4 += index.query(spotX[i], spotY[i], spotX[i] + 7680, spotY[i] + 4320, k -> { });
            total16 += index.query(spotX[i], spotY[i], spotX[i] + 15360, spotY[i] + 8640, k -> { });
        }
        System.out.printf("%n[viewport] n=%d: cards per window: %.1f (1080p), %.1f (4K, zoom 1/2), %.1f (4K, zoom 1/4)%n",
                n, total1 / (double) SPOTS, total4 / (double) SPOTS, total16 / (double) SPOTS);
    }

    private int spot() {
        next = (next + 1) & (SPOTS - 1);
        return next;
    }

    @Benchmark
    public int query1080p() {
        int s = spot();
        return index.query(spotX[s], spotY[s], spotX[s] + 1920, spotY[s] + 1080, sink);
    }

    @Benchmark
    public int query4kHalfZoom() {
        int s = spot();
        return index.query(spotX[s], spotY[s], spotX[s] + 7680, spotY[s] + 4320, sink);
    }

    @Benchmark
    public int query4kQuarterZoom() {
        int s = spot();
        return index.query(spotX[s], spotY[s], spotX[s] + 15360, spotY[s] + 8640, sink);
    }

    @Benchmark
    public int hit() {
        int s = spot();
        return index.hit(spotX[s], spotY[s]);
    }

    @Benchmark
    public int nearest() {
        int s = spot();
        return index.nearest(spotX[s], spotY[s]);
    }

    @Benchmark
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public SpatialIndex build() {
        return SpatialIndex.of(layout);
    }
}
