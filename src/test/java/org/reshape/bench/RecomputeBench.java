package org.reshape.bench;

import java.util.concurrent.TimeUnit;
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
import org.reshape.costing.Comparison;
import org.reshape.costing.Costing;
import org.reshape.domain.Model;
import org.reshape.domain.Post;
import org.reshape.domain.Scenario;

/// What the window recomputes after one edit: move one post to another manager
/// in the proposal, then the totals by division and grade, the change list and
/// the bridge. Budget (DESIGN.md): ≤ 16 ms at 100,000 posts.
///
/// Run: `./mvnw -q -o -Pbench test-compile exec:exec -Dbench.args="RecomputeBench -f 1 -wi 3 -i 5"`
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx4g"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class RecomputeBench {
    @Param({"10000", "100000"})
    int n;

    Model model;
    Scenario base;
    Scenario proposal;
    int step;

    @Setup
    public void setup() {
        model = BigModels.model(n);
        base = model.scenario("base").orElseThrow();
        proposal = model.scenario("proposal").orElseThrow();
    }

    @Benchmark
    public Comparison moveOnePostThenRecompute() {
        // a leaf-ish post moves under the root's first report and back, alternately
        Post p = proposal.post("P" + (n - 1 - (step++ % 100)));
        String target = p.managerKey().equals("P1") ? "P2" : "P1";
        Scenario moved = proposal.with(p.withManager(target));
        Comparison c = new Costing(model, model.costSettings()).compare(base, moved);
        proposal = moved;
        return c;
    }
}
