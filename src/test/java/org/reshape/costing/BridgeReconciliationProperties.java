package org.reshape.costing;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.reshape.domain.CostSettings;
import org.reshape.domain.FinancialYear;
import org.reshape.domain.Grade;
import org.reshape.domain.Model;
import org.reshape.domain.ModelValidator;
import org.reshape.domain.Money;
import org.reshape.domain.Occupancy;
import org.reshape.domain.Post;
import org.reshape.domain.SalaryBasis;
import org.reshape.domain.Scenario;
import org.reshape.domain.TestModels;

/// On random scenarios and random proposals made from them, every table reconciles:
/// the bridge adds up to the net difference to the penny, and the tables by
/// division and by grade add up to the scenario totals.
class BridgeReconciliationProperties {

    @Property(tries = 300)
    void bridgeAddsUpToTheDifference(@ForAll long seed, @ForAll @IntRange(min = 1, max = 60) int size,
                                     @ForAll SalaryBasis basis, @ForAll @IntRange(min = 2023, max = 2026) int year,
                                     @ForAll boolean onCosts, @ForAll boolean partYear) {
        Random rnd = new Random(seed);
        Scenario base = randomScenario(rnd, size);
        Scenario proposal = randomProposal(rnd, base);
        Model model = TestModels.model(base, proposal);
        assertThat(ModelValidator.validate(model)).isEmpty();
        Costing costing = new Costing(model, CostSettings.defaults(new FinancialYear(year)).withBasis(basis).withOnCosts(onCosts));
        Comparison c = partYear ? costing.comparePartYear(base, proposal) : costing.compare(base, proposal);

        assertThat(c.bridgeTotal()).isEqualTo(c.difference());
        for (ScenarioCost sc : List.of(c.base(), c.proposal())) {
            Money posts = sc.posts().values().stream().map(PostCost::total).reduce(Money.ZERO, Money::plus);
            assertThat(sc.total().total()).isEqualTo(posts);
            assertThat(sc.byDivision().stream().map(CostLine::total).reduce(Money.ZERO, Money::plus)).isEqualTo(posts);
            assertThat(sc.byGrade().stream().map(CostLine::total).reduce(Money.ZERO, Money::plus)).isEqualTo(posts);
            assertThat(sc.byGrade().stream().mapToInt(CostLine::posts).sum())
                    .isEqualTo(inPostOn(sc.scenario(), firstDay(c, partYear, proposal, year)));
            assertThat(sc.byDivision().stream().map(CostLine::fteYears).reduce(BigDecimal.ZERO, BigDecimal::add))
                    .isEqualByComparingTo(sc.total().fteYears());
        }
        Money rowsDiff = c.byDivision().stream().map(CostRow::totalDifference).reduce(Money.ZERO, Money::plus);
        assertThat(rowsDiff).isEqualTo(c.difference());
    }

    /// The day posts are counted on: the first day of the period costed.
    static LocalDate firstDay(Comparison c, boolean partYear, Scenario proposal, int year) {
        LocalDate start = LocalDate.of(year, 4, 1);
        LocalDate impl = proposal.implementationDate();
        if (!partYear || impl == null || impl.isBefore(start)) {
            return start;
        }
        return impl.isAfter(LocalDate.of(year + 1, 3, 31)) ? LocalDate.of(year + 1, 4, 1) : impl;
    }

    /// Graded posts that exist on a day: no end date, or one on or after it.
    static int inPostOn(Scenario s, LocalDate day) {
        return (int) s.posts().stream().filter(p -> !p.gradeId().isEmpty())
                .filter(p -> p.fixedTermEnd() == null || !p.fixedTermEnd().isBefore(day)).count();
    }

    static Scenario randomScenario(Random rnd, int size) {
        List<Grade> grades = TestModels.grades();
        List<Post> posts = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            String manager = i == 0 ? "" : "K" + rnd.nextInt(i);
            int hc = rnd.nextInt(4) == 0 ? 1 + rnd.nextInt(40) : 1;
            BigDecimal fte = BigDecimal.valueOf(hc * 100L - rnd.nextInt(hc * 50), 2);
            posts.add(new Post("K" + i, "Post " + i, TestModels.divisions().get(rnd.nextInt(3)).id(), manager,
                    grades.get(rnd.nextInt(grades.size())).id(), fte, hc, Occupancy.values()[rnd.nextInt(5)], "", null,
                    "", rnd.nextBoolean() ? 7 + rnd.nextInt(5) : null, null, null, null, ""));
        }
        return new Scenario("base", "Base", "", null, true, posts);
    }

    static Scenario randomProposal(Random rnd, Scenario base) {
        Scenario p = base.deriveProposal("prop", "Proposal").withImplementationDate(
                LocalDate.of(2023 + rnd.nextInt(4), 1 + rnd.nextInt(12), 1));
        List<Grade> grades = TestModels.grades();
        int edits = rnd.nextInt(10);
        for (int e = 0; e < edits; e++) {
            List<Post> posts = new ArrayList<>(p.posts());
            Post target = posts.get(rnd.nextInt(posts.size()));
            switch (rnd.nextInt(5)) {
                case 0 -> p = p.with(target.withGrade(grades.get(rnd.nextInt(grades.size())).id()));
                case 1 -> p = p.with(Post.of("N" + e, "New " + e, "sc", target.key(), grades.get(rnd.nextInt(grades.size())).id())
                        .withOccupancy(Occupancy.VACANT, "", rnd.nextBoolean() ? null : LocalDate.of(2024, 1 + rnd.nextInt(12), 10)));
                case 2 -> {
                    if (!target.isRoot() && p.reportsTo(target.key()).isEmpty()) {
                        p = p.without(target.key());
                    }
                }
                case 3 -> p = p.with(target.withFte(BigDecimal.valueOf(target.headcount()), target.headcount()));
                default -> p = p.with(target.withDivision("ed"));
            }
        }
        return p;
    }
}
