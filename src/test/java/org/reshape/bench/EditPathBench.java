package org.reshape.bench;

import java.util.ArrayList;
import java.util.List;
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
import org.reshape.costing.Comparison;
import org.reshape.domain.Model;
import org.reshape.domain.Post;
import org.reshape.domain.Scenario;
import org.reshape.edit.Edits;
import org.reshape.edit.History;
import org.reshape.ui.workspace.Workspace;

/// One edit as the window makes it, from the command to the updated model and
/// the comparison on screen: the command is built and checked, the model
/// validated, the workspace told what it touched, and the comparison brought up
/// to date (the one the change list, the finance view and the charts read).
/// The store is left out (`StoreBench` has a one-post save).
///
/// - `move`: a post deep in the tree goes under the root's first or second
///   report, alternately, with its team;
/// - `disestablish`: a manager's post goes and its reports go up to its manager
///   (a fresh model every iteration, so there is always one to disestablish).
///
/// Budget (issue 12): ≤ 16 ms at 100,000 posts.
///
/// Run: `./mvnw -q -o -Pbench test-compile exec:exec -Dbench.args="EditPathBench -f 1 -wi 3 -i 5"`
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx3g"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class EditPathBench {
    @Param({"10000", "100000"})
    int n;

    Workspace workspace;
    Edits edits;
    List<String> managers;
    int step;

    @Setup(Level.Iteration)
    public void open() {
        Model model = BigModels.model(n);
        workspace = new Workspace();
        workspace.modelProperty().set(model);
        History history = new History(null, workspace::model, (m, touched) -> workspace.update(m, touched));
        edits = new Edits(history);
        workspace.comparison();
        Scenario p = workspace.proposal().orElseThrow();
        managers = new ArrayList<>();
        for (Post post : p.posts()) {
            if (!post.isRoot() && !post.managerKey().equals("P0") && !p.reportsTo(post.key()).isEmpty()) {
                managers.add(post.key());
            }
        }
        java.util.Collections.reverse(managers); // deepest first
    }

    @Benchmark
    public Comparison move() {
        String key = "P" + (n - 1 - (step++ % 100));
        Post p = workspace.proposal().orElseThrow().post(key);
        String target = p.managerKey().equals("P1") ? "P2" : "P1";
        if (!edits.moveUnder("proposal", key, target, false, false)) {
            throw new IllegalStateException(edits.history().message());
        }
        return workspace.comparison();
    }

    @Benchmark
    public Comparison disestablish() {
        String key = managers.get(step++ % managers.size());
        if (workspace.proposal().orElseThrow().contains(key) && !edits.disestablish("proposal", key, "")) {
            throw new IllegalStateException(edits.history().message());
        }
        return workspace.comparison();
    }
}
