package org.reshape.bench;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Platform;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.reshape.domain.Model;
import org.reshape.domain.PayTable;
import org.reshape.domain.Scenario;
import org.reshape.layout.LayoutOptions;
import org.reshape.ui.chart.ChartCanvas;
import org.reshape.ui.chart.ChartPane;
import org.reshape.ui.chart.ChartScene;

/// The chart of a 100,000-post scenario: preparing it (cards, text, layout,
/// spatial index, division outlines) and painting one 1600 × 900 frame at
/// different zooms — full cards, plain boxes, division blocks. A frame's cost
/// here is the JavaFX thread's work (choosing and issuing the drawing commands);
/// rasterising them happens on the render thread. Headless via Monocle.
///
/// Run: `./mvnw -q -o -Pbench test-compile exec:exec -Dbench.args="ChartFrameBench -f 1 -wi 3 -i 5"`
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx4g", "-Dglass.platform=Monocle", "-Dmonocle.platform=Headless",
        "-Dprism.order=sw", "-Dheadless.geometry=1920x1200-32", "--enable-native-access=ALL-UNNAMED"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class ChartFrameBench {
    @Param({"100000"})
    int n;

    @Param({"1.0", "0.2", "0.02"})
    double zoom;

    ChartPane pane;
    ChartCanvas canvas;
    ChartScene.Spec spec;

    @Setup
    public void setup() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        try {
            Platform.startup(started::countDown);
        } catch (IllegalStateException alreadyRunning) {
            started.countDown();
        }
        started.await();
        Model model = BigModels.model(n);
        Scenario s = model.scenario("proposal").orElseThrow();
        spec = new ChartScene.Spec(model, s, new PayTable(model, model.costSettings().year().start()), Set.of(), Map.of(),
                Set.of(), LayoutOptions.DEFAULTS.withCompact(true));
        onFx(() -> {
            pane = new ChartPane("bench");
            canvas = pane.canvas();
            canvas.resize(1600, 900);
            pane.show(model, s, spec.pay(), Map.of(), Set.of(), spec.options());
            canvas.layout();
            canvas.centreOn("P" + (n / 2));
            canvas.zoomAt(800, 450, zoom / canvas.zoom());
            return null;
        });
        System.out.printf("%n%d posts, zoom %.2f: %d cards in a 1600x900 frame%n", n, zoom, onFx(() -> {
            canvas.paint();
            return canvas.lastFrameCards();
        }));
    }

    @Benchmark
    public int paintOneFrame() throws Exception {
        return onFx(() -> {
            canvas.panBy(1, 0);
            return canvas.lastFrameCards();
        });
    }

    @Benchmark
    public ChartScene prepareChart() throws Exception {
        return onFx(() -> ChartScene.build(spec));
    }

    static <T> T onFx(java.util.concurrent.Callable<T> work) throws Exception {
        AtomicReference<T> result = new AtomicReference<>();
        AtomicReference<Exception> failure = new AtomicReference<>();
        CountDownLatch done = new CountDownLatch(1);
        Platform.runLater(() -> {
            try {
                result.set(work.call());
            } catch (Exception e) {
                failure.set(e);
            } finally {
                done.countDown();
            }
        });
        done.await();
        if (failure.get() != null) {
            throw failure.get();
        }
        return result.get();
    }
}
