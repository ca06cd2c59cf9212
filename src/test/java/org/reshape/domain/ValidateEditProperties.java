package org.reshape.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/// An edit of a few posts is checked for those posts only (a window with
/// 100,000 posts cannot check them all at every keystroke); on random valid
/// models and random edits — good ones and bad ones: cycles, unknown grades and
/// divisions, a manager removed from under its reports, a zero FTE — it finds
/// exactly the problems a check of the whole model finds.
class ValidateEditProperties {

    @Property(tries = 400)
    void anEditIsCheckedAsTheWholeModelWouldBe(@ForAll long seed, @ForAll @IntRange(min = 1, max = 30) int size,
                                               @ForAll @IntRange(min = 1, max = 4) int changes) {
        Random rnd = new Random(seed);
        List<Grade> grades = TestModels.grades();
        List<Post> posts = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            posts.add(Post.of("K" + i, "Post " + i, TestModels.divisions().get(rnd.nextInt(3)).id(),
                    i == 0 ? "" : "K" + rnd.nextInt(i), grades.get(rnd.nextInt(grades.size())).id()));
        }
        Scenario base = new Scenario("base", "Base", "", null, false, posts);
        Model before = TestModels.model(base, base.deriveProposal("prop", "Proposal"));
        assertThat(ModelValidator.validate(before)).isEmpty();

        String sid = rnd.nextBoolean() ? "base" : "prop";
        Scenario s = before.scenario(sid).orElseThrow();
        List<Post> put = new ArrayList<>();
        Set<String> remove = new LinkedHashSet<>();
        for (int c = 0; c < changes; c++) {
            Post p = posts.get(rnd.nextInt(size));
            Post other = posts.get(rnd.nextInt(size));
            switch (rnd.nextInt(7)) {
                case 0 -> put.add(p.withManager(other.key()));                     // may close a cycle
                case 1 -> put.add(p.withGrade(rnd.nextBoolean() ? "no-such-grade" : grades.get(0).id()));
                case 2 -> put.add(p.withDivision(rnd.nextBoolean() ? "nowhere" : ""));
                case 3 -> remove.add(p.key());                                      // its reports keep it as manager
                case 4 -> put.add(p.withFte(rnd.nextBoolean() ? BigDecimal.ZERO : new BigDecimal("2"), 1));
                case 5 -> put.add(Post.of("N" + c, "New " + c, "", rnd.nextBoolean() ? other.key() : "gone", "")
                        .withReplaces(List.of(rnd.nextBoolean() ? other.key() : "nothing")));
                default -> put.add(p.withTitle("Retitled " + c));
            }
        }
        put.removeIf(p -> remove.contains(p.key()));
        Scenario edited = s.withChanges(put, remove);
        Model after = before.withScenario(edited);
        Set<String> keys = new HashSet<>(remove);
        put.forEach(p -> keys.add(p.key()));

        assertThat(new HashSet<>(ModelValidator.validateEdit(before, after, Map.of(sid, keys))))
                .isEqualTo(new HashSet<>(ModelValidator.validate(after)));
    }
}
