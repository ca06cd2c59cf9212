package org.reshape.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.reshape.domain.Model;
import org.reshape.domain.PayTable;
import org.reshape.domain.Post;
import org.reshape.domain.Scenario;
import org.reshape.domain.TestModels;

/// On random forests with random assistants and dotted lines: spans add up to
/// posts − roots − assistants, every post sits in one layer, and an assistant
/// never adds a layer.
class SpanProperties {

    @Property(tries = 300)
    void spansAddUpToPostsLessRootsAndAssistants(@ForAll long seed, @ForAll @IntRange(min = 1, max = 80) int size) {
        Random rnd = new Random(seed);
        Scenario s = randomForest(rnd, size);
        Model model = TestModels.model(s);
        ScenarioMetrics m = Metrics.of(model, s, null, new PayTable(model, java.time.LocalDate.of(2024, 4, 1)), MetricsSettings.DEFAULTS);

        long roots = s.posts().stream().filter(Post::isRoot).count();
        long assistants = s.posts().stream().filter(p -> !p.isRoot() && p.isAssistant()).count();
        assertThat(m.totalReports()).isEqualTo(s.size() - roots - assistants);
        assertThat(m.roots()).isEqualTo((int) roots);
        assertThat(m.assistants()).isEqualTo((int) assistants);
        assertThat(m.managers() + m.staffPosts()).isEqualTo(s.size());
        assertThat(m.postsPerLayer().stream().mapToInt(Integer::intValue).sum()).isEqualTo(s.size());
        assertThat(m.spanHistogram().entrySet().stream().mapToInt(e -> e.getKey() * e.getValue()).sum()).isEqualTo(m.totalReports());

        Scenario noAssistants = s.withPosts(s.posts().stream().map(p -> p.withDesign(p.design().withAssistant(false))).toList());
        ScenarioMetrics without = Metrics.of(model, noAssistants, null, new PayTable(model, java.time.LocalDate.of(2024, 4, 1)), MetricsSettings.DEFAULTS);
        assertThat(m.layers()).isLessThanOrEqualTo(without.layers());
    }

    @Property(tries = 200)
    void includingDottedLines_addsEachDottedLineToASpan(@ForAll long seed, @ForAll @IntRange(min = 2, max = 60) int size) {
        Random rnd = new Random(seed);
        Scenario s = randomForest(rnd, size);
        Model model = TestModels.model(s);
        PayTable pay = new PayTable(model, java.time.LocalDate.of(2024, 4, 1));
        ScenarioMetrics lineOnly = Metrics.of(model, s, null, pay, MetricsSettings.DEFAULTS);
        ScenarioMetrics dotted = Metrics.of(model, s, null, pay, new MetricsSettings(3, 10, 6, true));
        long dottedLines = s.posts().stream().mapToLong(p -> p.design().dottedManagers().size()).sum();
        assertThat(dotted.totalReports()).isEqualTo(lineOnly.totalReports() + dottedLines);
        assertThat(dotted.layers()).isGreaterThanOrEqualTo(lineOnly.layers());
    }

    static Scenario randomForest(Random rnd, int size) {
        List<Post> posts = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            boolean root = i == 0 || rnd.nextInt(12) == 0;
            String manager = root ? "" : "K" + rnd.nextInt(i);
            Post p = Post.of("K" + i, "Post " + i, "sc", manager, "");
            List<String> dotted = new ArrayList<>();
            if (i > 1 && rnd.nextInt(5) == 0) {
                String d = "K" + rnd.nextInt(i);
                if (!d.equals(manager)) {
                    dotted.add(d);
                }
            }
            posts.add(p.withDesign(p.design().withAssistant(!root && rnd.nextInt(6) == 0).withDottedManagers(dotted)));
        }
        return new Scenario("base", "Base", "", null, true, posts);
    }
}
