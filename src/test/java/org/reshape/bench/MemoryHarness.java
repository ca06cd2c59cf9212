package org.reshape.bench;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.reshape.domain.Model;
import org.reshape.domain.PayTable;
import org.reshape.domain.Post;
import org.reshape.domain.Scenario;
import org.reshape.layout.LayoutOptions;
import org.reshape.ui.chart.CardCache;
import org.reshape.ui.chart.ChartScene;
import org.reshape.ui.workspace.Workspace;

/// Heap used per post with a base and a proposal of 100,000 posts each open as
/// the window has them: the model (the proposal's posts its own objects, as two
/// imported scenarios are), the comparison and the metrics, and both charts
/// prepared (cards, layout, index, outlines). Prints the heap after each step,
/// after a full collection, and the bytes per post.
///
/// Run (after `./mvnw -o test-compile`, with the test classpath in cp.txt):
/// `java -Xmx1g -cp target/test-classes:target/classes:$(cat cp.txt) org.reshape.bench.MemoryHarness 100000`
public final class MemoryHarness {
    private MemoryHarness() {
    }

    public static void main(String[] args) {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        long start = used();
        Model generated = BigModels.model(n);
        Scenario base = generated.baseline();
        List<Post> copies = new ArrayList<>(n);
        for (Post p : base.posts()) {
            copies.add(new Post(p.key(), new String(p.title()), p.divisionId(), p.managerKey(), p.gradeId(), p.fte(), p.headcount(),
                    p.occupancy(), p.holder(), p.fixedTermEnd(), p.responsibilities(), p.actualPoint(), p.replaces(),
                    p.mappedFrom(), p.provenance(), p.notes(), p.design()));
        }
        Scenario proposal = new Scenario("proposal", "Proposed structure", base.id(), null, false, copies);
        Model model = generated.withScenario(proposal);
        generated = null;
        long modelHeap = used();

        Workspace workspace = new Workspace();
        workspace.modelProperty().set(model);
        workspace.comparison();
        workspace.metrics();
        long comparedHeap = used();

        PayTable pay = new PayTable(model, model.costSettings().year().start());
        List<ChartScene> charts = new ArrayList<>();
        for (Scenario s : List.of(base, proposal)) {
            charts.add(ChartScene.build(new ChartScene.Spec(model, s, pay, Set.of(), Map.of(), Set.of(),
                    LayoutOptions.DEFAULTS.withCompact(true)), new CardCache()));
        }
        long chartsHeap = used();
        int posts = 2 * n;
        System.out.printf("%,d + %,d posts, max heap %,d MB%n", n, n, Runtime.getRuntime().maxMemory() >> 20);
        System.out.printf("model:              %,6d MB  %,5d bytes per post%n", (modelHeap - start) >> 20, (modelHeap - start) / posts);
        System.out.printf("+ comparison:       %,6d MB  %,5d bytes per post%n", (comparedHeap - start) >> 20, (comparedHeap - start) / posts);
        System.out.printf("+ both charts:      %,6d MB  %,5d bytes per post%n", (chartsHeap - start) >> 20, (chartsHeap - start) / posts);
        if (charts.size() != 2 || workspace.comparison() == null) {
            throw new IllegalStateException("not built");
        }
    }

    private static long used() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
