package org.reshape.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.reshape.domain.Model;
import org.reshape.domain.Post;
import org.reshape.domain.Scenario;
import org.reshape.store.ModelStore;
import org.reshape.store.TestModels;

/// DESIGN.md budget: saving a 10,000-post scenario to H2 takes at most 500 ms.
/// All on a file database in a temporary folder:
///
/// - `saveNewScenario`: a 10,000-post scenario that is not stored yet (an import,
///   or a proposal derived from the baseline): 10,000 inserts;
/// - `saveScenarioAllChanged`: a stored 10,000-post scenario saved with every post
///   changed, the worst case: 10,000 deletes and inserts;
/// - `saveScenarioOneChanged`: the same scenario saved whole with one post changed;
/// - `savePost`: one post saved inside that scenario, as the UI does on every command.
///
/// `./mvnw -q -o -Pbench test-compile exec:exec -Dbench.args=StoreBench`
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class StoreBench {
    private static final String STORED = "stored";
    private static final String FRESH = "fresh";

    @Param("10000")
    int posts;

    private Path dir;
    ModelStore store;
    private Scenario stored;
    private Scenario allChanged;
    private Scenario oneChanged;
    private Scenario fresh;
    private Post edited;
    private long saves;

    @Setup(Level.Trial)
    public void open() throws IOException {
        dir = Files.createTempDirectory("reshape-bench");
        store = ModelStore.open(dir.resolve("bench"));
        Model model = TestModels.rich();
        for (Scenario s : model.scenarios()) {
            model = model.withoutScenario(s.id());
        }
        stored = TestModels.large(STORED, posts);
        allChanged = stored.withPosts(stored.posts().stream().map(p -> p.withTitle(p.title() + " (revised)")).toList());
        edited = stored.post("K" + posts / 2);
        oneChanged = stored.with(edited.withTitle("Retitled"));
        fresh = TestModels.large(FRESH, posts);
        store.saveModel(model.withScenario(stored));
    }

    /// Takes the fresh scenario out again before each call, outside the measured time.
    @State(Scope.Thread)
    public static class NotStored {
        @Setup(Level.Invocation)
        public void remove(StoreBench bench) {
            bench.store.deleteScenario(TestModels.MODEL_ID, FRESH);
        }
    }

    @Benchmark
    public void saveNewScenario(NotStored notStored) {
        store.saveScenario(TestModels.MODEL_ID, fresh);
    }

    @Benchmark
    public void saveScenarioAllChanged() {
        // Alternating makes every call change every post.
        store.saveScenario(TestModels.MODEL_ID, saves++ % 2 == 0 ? allChanged : stored);
    }

    @Benchmark
    public void saveScenarioOneChanged() {
        store.saveScenario(TestModels.MODEL_ID, saves++ % 2 == 0 ? oneChanged : stored);
    }

    @Benchmark
    public void savePost() {
        // A different title each time, so every call really changes the row.
        store.savePost(TestModels.MODEL_ID, STORED, edited.withTitle("Retitled " + saves++));
    }

    @TearDown(Level.Trial)
    public void close() throws IOException {
        store.close();
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
