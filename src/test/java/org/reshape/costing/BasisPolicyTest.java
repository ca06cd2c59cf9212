package org.reshape.costing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.reshape.domain.CostSettings;
import org.reshape.domain.Money;
import org.reshape.domain.Occupancy;
import org.reshape.domain.Post;
import org.reshape.domain.SalaryBasis;
import org.reshape.domain.Scenario;
import org.reshape.domain.TestModels;

/// The per-post basis: actual pay where entered, a stated fallback marked
/// assumed where not, a per-post override; and the sensitivity per group and
/// per assumed grade that shows which assumption moves the headline.
class BasisPolicyTest {
    private final Scenario base = TestModels.baseline();
    private final Scenario regraded = base.deriveProposal("p", "Proposal").with(base.post("DSC").withGrade("co-f"));

    private Comparison compare(Scenario b, Scenario p, CostSettings s) {
        return new Costing(TestModels.model(b, p), s).compare(b, p);
    }

    @Test
    void onTheActualBasis_aPostWithNoActualPay_isCostedAtTheTop_andItsLineSaysSoAndIsAssumed() {
        Comparison c = compare(base, regraded, CostSettings.defaults(TestModels.Y2024).withBasis(SalaryBasis.ACTUAL));
        BridgeLine dsc = c.bridge().getFirst();
        assertThat(dsc.salary()).isEqualTo(Money.parse("11040.00")); // Band F top 112,636 − Band E top 101,596
        assertThat(dsc.assumed()).isTrue();
        assertThat(dsc.source()).contains("actual pay not entered for this post: costed at the top of grade (assumed)");
    }

    @Test
    void anActualSalaryEntered_isUsed_andNotAssumed() {
        Post dsc = base.post("DSC");
        Scenario b = base.with(dsc.withPay(dsc.pay().withActualSalary(Money.ofPounds(99_000))));
        Scenario p = b.deriveProposal("p", "Proposal").with(b.post("DSC").withTitle("Director of Social Care & Early Help"));
        Comparison c = compare(b, p, CostSettings.defaults(TestModels.Y2024).withBasis(SalaryBasis.ACTUAL));
        assertThat(c.base().post("DSC").salary()).isEqualTo(Money.ofPounds(99_000));
        assertThat(c.base().post("DSC").payNote()).doesNotContain("actual pay not entered");
    }

    @Test
    void aPerPostBasis_overridesThePolicy() {
        Post dsc = regraded.post("DSC");
        Scenario p = regraded.with(dsc.withPay(dsc.pay().withBasis(SalaryBasis.BOTTOM)));
        Comparison c = compare(base, p, CostSettings.defaults(TestModels.Y2024));
        assertThat(c.proposal().post("DSC").salary()).isEqualTo(Money.ofPounds(103_767)); // Band F minimum
        assertThat(c.base().post("DSC").salary()).isEqualTo(Money.ofPounds(101_596));    // Band E top, as set
    }

    @Test
    void sensitivity_perGroupAndAssumedGrade_showsWhatMovesTheRecurrentEffect() {
        Scenario p = regraded.with(Post.of("NEW", "New Head of Service", "sc", "DSC", "co-a").withOccupancy(Occupancy.VACANT, "", null));
        var s = Sensitivity.of(TestModels.model(base, p), base, p, CostSettings.defaults(TestModels.Y2024));
        Sensitivity.Row newPosts = s.groups().stream().filter(r -> r.label().equals("New posts")).findFirst().orElseThrow();
        // the new Band A post at the top: 67,527 + NI 8,062.93 + pension 14,248.20 + levy 337.64 = 90,175.77;
        // at the bottom: 62,185 + NI (62,185 − 9,100) × 13.8% = 7,325.73 + pension 13,121.04 + levy 310.93 = 82,942.70
        assertThat(newPosts.posts()).isEqualTo(1);
        assertThat(newPosts.recurrentAtTop()).isEqualTo(s.recurrent());
        assertThat(newPosts.spread()).isEqualTo(Money.parse("7233.07"));
        // Band A's range is assumed: its row moves the headline by the new post only (the Head of Service is on both sides)
        assertThat(s.groups()).extracting(Sensitivity.Row::label).contains("Filled posts", "New posts", "Chief Officer Band A (assumed range)")
                .doesNotContain("Vacant posts");
        assertThat(s.groups().stream().filter(r -> r.label().startsWith("Chief Officer Band A")).findFirst().orElseThrow().spread())
                .isEqualTo(Money.parse("7233.07"));
        // the filled Director regraded E → F, with on-costs: at the top 14,948.16, at the bottom (F min − E min) 14,440.42
        Sensitivity.Row filled = s.groups().stream().filter(r -> r.label().equals("Filled posts")).findFirst().orElseThrow();
        assertThat(filled.recurrentAtTop().minus(filled.recurrentAtBottom())).isEqualTo(Money.parse("507.74"));
    }
}
