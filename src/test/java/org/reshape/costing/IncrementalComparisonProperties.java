package org.reshape.costing;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.reshape.domain.CostSettings;
import org.reshape.domain.FinancialYear;
import org.reshape.domain.Grade;
import org.reshape.domain.Model;
import org.reshape.domain.Occupancy;
import org.reshape.domain.Post;
import org.reshape.domain.SalaryBasis;
import org.reshape.domain.Scenario;
import org.reshape.domain.TestModels;
import org.reshape.edit.Edits;
import org.reshape.edit.History;

/// Random sequences of the edits a user makes (moves, regrades, FTE and
/// fixed-term changes, spinal points, acting-up and honoraria, disestablishments, new and merged posts,
/// holders mapped in, edits to the base, undo and redo), each run as the window
/// runs it; after every one, the comparison brought up to date by the keys the
/// command touched equals the comparison computed in full — every total, row,
/// change, bridge line and warning, to the penny and in the same order.
class IncrementalComparisonProperties {

    @Property(tries = 200)
    void updatedByTouchedKeysEqualsAFullRecompute(@ForAll long seed, @ForAll @IntRange(min = 1, max = 40) int size,
                                                  @ForAll @IntRange(min = 1, max = 40) int steps, @ForAll SalaryBasis basis,
                                                  @ForAll @IntRange(min = 2023, max = 2026) int year, @ForAll boolean onCosts) {
        Random rnd = new Random(seed);
        Scenario base = BridgeReconciliationProperties.randomScenario(rnd, size).withLocked(false);
        Scenario proposal = BridgeReconciliationProperties.randomProposal(rnd, base);
        CostSettings settings = CostSettings.defaults(new FinancialYear(year)).withBasis(basis).withOnCosts(onCosts);
        Model[] shown = {TestModels.model(base, proposal).withCostSettings(settings)};
        IncrementalComparison[] live = {IncrementalComparison.of(shown[0], settings, base, proposal)};
        History history = new History(null, () -> shown[0], (m, touched) -> {
            shown[0] = m;
            Scenario b = m.scenario("base").orElseThrow();
            Scenario p = m.scenario("prop").orElseThrow();
            Set<String> keys = new HashSet<>(touched.keys("base"));
            keys.addAll(touched.keys("prop"));
            live[0] = live[0].next(m, settings, b, p, keys);
            assertThat(live[0].incremental()).as("a post edit updates by keys").isTrue();
            assertSame(live[0].comparison(), new Costing(m, settings).compare(b, p));
        });
        Edits edits = new Edits(history);
        assertSame(live[0].comparison(), new Costing(shown[0], settings).compare(base, proposal));
        for (int i = 0; i < steps; i++) {
            edit(rnd, edits, shown[0], i);
        }
    }

    private static void edit(Random rnd, Edits edits, Model m, int step) {
        String sid = rnd.nextInt(5) == 0 ? "base" : "prop";
        Scenario s = m.scenario(sid).orElseThrow();
        if (s.size() == 0) {
            return;
        }
        List<Post> posts = new ArrayList<>(s.posts());
        Post p = posts.get(rnd.nextInt(posts.size()));
        Post other = posts.get(rnd.nextInt(posts.size()));
        List<Grade> grades = TestModels.grades();
        switch (rnd.nextInt(15)) {
            case 0 -> edits.moveUnder(sid, p.key(), other.key(), rnd.nextBoolean(), rnd.nextBoolean());
            case 1 -> edits.moveToDivision(sid, p.key(), TestModels.divisions().get(rnd.nextInt(3)).id());
            case 2 -> edits.editPost(sid, p.withGrade(rnd.nextInt(6) == 0 ? "" : grades.get(rnd.nextInt(grades.size())).id()));
            case 3 -> {
                int hc = 1 + rnd.nextInt(5);
                edits.editPost(sid, p.withFte(BigDecimal.valueOf(hc * 100L - rnd.nextInt(hc * 50), 2), hc));
            }
            case 4 -> edits.editPost(sid, p.withOccupancy(p.occupancy(), p.holder(),
                    rnd.nextBoolean() ? null : LocalDate.of(2023 + rnd.nextInt(4), 1 + rnd.nextInt(12), 1 + rnd.nextInt(28))));
            case 5 -> edits.editPost(sid, new Post(p.key(), p.title(), p.divisionId(), p.managerKey(), p.gradeId(), p.fte(),
                    p.headcount(), p.occupancy(), p.holder(), p.fixedTermEnd(), p.responsibilities(),
                    rnd.nextBoolean() ? null : 7 + rnd.nextInt(6), p.replaces(), p.mappedFrom(), p.provenance(), p.notes(), p.design()));
            case 6 -> edits.disestablish(sid, p.key(), "");
            case 7 -> edits.addUnder(sid, p.key());
            case 8 -> edits.merge(sid, p.key(), other.key(), "Merged " + step);
            case 9 -> edits.editPost(sid, new Post(p.key(), p.title(), p.divisionId(), p.managerKey(), p.gradeId(), p.fte(),
                    p.headcount(), p.occupancy(), p.holder(), p.fixedTermEnd(), p.responsibilities(), p.actualPoint(),
                    p.replaces(), rnd.nextBoolean() ? List.of() : List.of(other.key()), p.provenance(), p.notes(), p.design()));
            case 10 -> edits.editPost(sid, p.withTitle("Retitled " + step));
            case 11 -> edits.editPost(sid, p.withOccupancy(Occupancy.ACTING, p.holder(), p.fixedTermEnd())
                    .withPay(p.pay().withActingFor(rnd.nextInt(4) == 0 ? "" : other.key(), rnd.nextBoolean())));
            case 12 -> edits.editPost(sid, p.withPay(p.pay().withHonorarium(rnd.nextInt(3) == 0 ? null
                    : PartsReconciliationProperties.randomHonorarium(rnd))));
            case 13 -> edits.history().undo();
            default -> edits.history().redo();
        }
    }

    /// Part by part first, so that a failure says where, then the whole.
    static void assertSame(Comparison live, Comparison full) {
        assertThat(live.difference()).isEqualTo(full.difference());
        assertThat(live.base().total()).isEqualTo(full.base().total());
        assertThat(live.proposal().total()).isEqualTo(full.proposal().total());
        assertThat(live.base().byDivision()).isEqualTo(full.base().byDivision());
        assertThat(live.proposal().byDivision()).isEqualTo(full.proposal().byDivision());
        assertThat(live.base().byGrade()).isEqualTo(full.base().byGrade());
        assertThat(live.proposal().byGrade()).isEqualTo(full.proposal().byGrade());
        assertThat(live.byDivision()).isEqualTo(full.byDivision());
        assertThat(live.byGrade()).isEqualTo(full.byGrade());
        assertThat(live.changes().changes()).isEqualTo(full.changes().changes());
        assertThat(live.changes()).isEqualTo(full.changes());
        assertThat(live.bridge()).isEqualTo(full.bridge());
        assertThat(live.parts()).isEqualTo(full.parts());
        assertThat(live.warnings()).isEqualTo(full.warnings());
        assertThat(live.base().warnings()).isEqualTo(full.base().warnings());
        assertThat(live.proposal().warnings()).isEqualTo(full.proposal().warnings());
        assertThat(live.base().posts()).isEqualTo(full.base().posts());
        assertThat(live.proposal().posts()).isEqualTo(full.proposal().posts());
        assertThat(live).isEqualTo(full);
        assertThat(live.bridgeTotal()).isEqualTo(live.difference());
    }
}
