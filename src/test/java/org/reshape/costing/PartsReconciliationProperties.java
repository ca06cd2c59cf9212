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
import org.reshape.domain.Model;
import org.reshape.domain.Money;
import org.reshape.domain.Honorarium;
import org.reshape.domain.Occupancy;
import org.reshape.domain.PayAward;
import org.reshape.domain.PostPay;
import org.reshape.domain.Post;
import org.reshape.domain.Provenance;
import org.reshape.domain.SalaryBasis;
import org.reshape.domain.Scenario;
import org.reshape.domain.TestModels;

/// On random scenarios with random fixed-term end dates, posts with no grade,
/// and random pay awards (published and assumed, on any date), the recurrent,
/// temporary and one-off parts add up to the difference, and each part's
/// bridge adds up to its part, to the penny.
class PartsReconciliationProperties {

    @Property(tries = 250)
    void partsAddUpToTheDifference_andEachBridgeToItsPart(@ForAll long seed, @ForAll @IntRange(min = 1, max = 50) int size,
                                                           @ForAll SalaryBasis basis, @ForAll @IntRange(min = 2023, max = 2027) int year,
                                                           @ForAll boolean onCosts, @ForAll boolean partYear) {
        Random rnd = new Random(seed);
        Scenario base = withDates(rnd, BridgeReconciliationProperties.randomScenario(rnd, size));
        Scenario proposal = withDates(rnd, BridgeReconciliationProperties.randomProposal(rnd, base));
        Model model = TestModels.model(base, proposal);
        CostSettings settings = CostSettings.defaults(new FinancialYear(year)).withBasis(basis).withOnCosts(onCosts)
                .withAwards(randomAwards(rnd));
        Costing costing = new Costing(model, settings);
        Comparison c = partYear ? costing.comparePartYear(base, proposal) : costing.compare(base, proposal);

        Money parts = c.recurrent().difference().plus(c.temporary().difference()).plus(c.oneOff().difference());
        assertThat(parts).isEqualTo(c.difference());
        for (PartEffect part : c.parts()) {
            assertThat(part.bridgeTotal()).as(part.part().label()).isEqualTo(part.difference());
        }
        assertThat(c.bridgeTotal()).isEqualTo(c.difference());
        long ungraded = base.posts().stream().filter(p -> p.gradeId().isEmpty()).count()
                + proposal.posts().stream().filter(p -> p.gradeId().isEmpty()).count();
        assertThat(c.warnings()).hasSize((int) ungraded);
        LocalDate day = BridgeReconciliationProperties.firstDay(c, partYear, proposal, year);
        assertThat(c.base().total().posts() + c.proposal().total().posts())
                .isEqualTo(BridgeReconciliationProperties.inPostOn(base, day) + BridgeReconciliationProperties.inPostOn(proposal, day));
    }

    /// Gives some posts an end date (any day in 2023–2028) and takes the grade off a few.
    private static Scenario withDates(Random rnd, Scenario s) {
        for (Post p : new ArrayList<>(s.posts())) {
            int roll = rnd.nextInt(10);
            if (roll == 0) {
                s = s.with(p.withOccupancy(p.occupancy(), "", LocalDate.of(2023, 1, 1).plusDays(rnd.nextInt(6 * 365))));
            } else if (roll == 1) {
                s = s.with(p.withGrade(""));
            } else if (roll == 2) {
                // acting up, for another post of the scenario (any: the costing copes with what an edit may leave)
                Post sub = new ArrayList<>(s.posts()).get(rnd.nextInt(s.size()));
                if (!sub.key().equals(p.key())) {
                    s = s.with(p.withOccupancy(Occupancy.ACTING, "", rnd.nextBoolean() ? null : p.fixedTermEnd())
                            .withPay(PostPay.NONE.withActingFor(sub.key(), rnd.nextBoolean())));
                }
            } else if (roll == 3) {
                s = s.with(p.withPay(p.pay().withHonorarium(randomHonorarium(rnd))));
            }
        }
        return s;
    }

    /// A sum or a percentage, with or without dates in 2023–2028.
    static Honorarium randomHonorarium(Random rnd) {
        LocalDate from = rnd.nextBoolean() ? null : LocalDate.of(2023, 1, 1).plusDays(rnd.nextInt(5 * 365));
        LocalDate to = rnd.nextBoolean() ? null : (from == null ? LocalDate.of(2023, 1, 1) : from).plusDays(rnd.nextInt(2 * 365));
        return rnd.nextBoolean() ? Honorarium.sum(Money.ofPounds(100 + rnd.nextInt(10_000)), from, to)
                : Honorarium.percentOfSalary(BigDecimal.valueOf(1 + rnd.nextInt(300), 3), from, to);
    }

    private static List<PayAward> randomAwards(Random rnd) {
        List<PayAward> out = new ArrayList<>();
        int n = rnd.nextInt(5);
        for (int i = 0; i < n; i++) {
            String family = rnd.nextBoolean() ? "Chief Officer" : "NJC";
            LocalDate from = LocalDate.of(2023, 4, 2).plusDays(rnd.nextInt(5 * 365));
            BigDecimal pct = BigDecimal.valueOf(rnd.nextInt(80), 3);
            boolean flat = family.equals("NJC") && rnd.nextBoolean();
            out.add(new PayAward(family, from, pct, flat ? Money.ofPounds(500 + rnd.nextInt(1500)) : null, flat ? 9 : 0,
                    rnd.nextBoolean() ? Provenance.of("published") : new Provenance("", "assumed for the test", null)));
        }
        return out;
    }
}
