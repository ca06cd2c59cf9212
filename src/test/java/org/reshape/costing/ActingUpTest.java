package org.reshape.costing;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.reshape.domain.CostSettings;
import org.reshape.domain.Honorarium;
import org.reshape.domain.Model;
import org.reshape.domain.ModelValidator;
import org.reshape.domain.Money;
import org.reshape.domain.Occupancy;
import org.reshape.domain.Post;
import org.reshape.domain.PostPay;
import org.reshape.domain.SalaryBasis;
import org.reshape.domain.Scenario;
import org.reshape.domain.TestModels;

/// Acting-up costs the acting-up payment, not a second salary; backfilling adds
/// the vacated post; an honorarium is costed for the days it is paid. Each
/// figure is worked out by hand in the comment beside it (2024/25: NI 13.8%
/// above £9,100, pension 21.1%, levy 0.5%, top of grade).
class ActingUpTest {
    private final Scenario base = TestModels.baseline();

    /// A new Band B post filled by the Head of Service (Band A) acting up.
    private static Post actingHead(boolean backfilled, LocalDate end) {
        return Post.of("HEH", "Head of Early Help", "sc", "DSC", "co-b").withOccupancy(Occupancy.ACTING, "", end)
                .withPay(PostPay.NONE.withActingFor("HOS", backfilled));
    }

    private Comparison compare(Scenario proposal, CostSettings settings) {
        Model model = TestModels.model(base, proposal);
        assertThat(ModelValidator.validate(model)).isEmpty();
        return new Costing(model, settings).compare(base, proposal);
    }

    private Comparison compare(Scenario proposal) {
        return compare(proposal, CostSettings.defaults(TestModels.Y2024));
    }

    @Test
    void actingUpFromBandAToBandB_costsThePayment_withNiAtTheMarginalRate() {
        Comparison c = compare(base.deriveProposal("p", "Proposal").with(actingHead(false, null)));
        PostCost heh = c.proposal().post("HEH");
        // the holder's Band A top £67,527 → the lowest point of Band B above it, its minimum £68,714: £1,187 a year
        assertThat(heh.annualBase()).isEqualTo(Money.ofPounds(1_187));
        assertThat(heh.salary()).isEqualTo(Money.parse("1187.00"));
        assertThat(heh.ni()).isEqualTo(Money.parse("163.81"));     // 1,187 × 13.8% = 163.806: no second threshold
        assertThat(heh.pension()).isEqualTo(Money.parse("250.46")); // 1,187 × 21.1% = 250.457
        assertThat(heh.levy()).isEqualTo(Money.parse("5.94"));      // 1,187 × 0.5% = 5.935
        assertThat(c.temporary().difference()).isEqualTo(Money.parse("1607.21"));
        assertThat(c.recurrent().difference()).isEqualTo(Money.ZERO);
        assertThat(c.difference()).isEqualTo(Money.parse("1607.21"));
        assertThat(c.temporary().bridge()).singleElement().satisfies(l -> {
            assertThat(l.key()).isEqualTo("HEH");
            assertThat(l.total()).isEqualTo(Money.parse("1607.21"));
            assertThat(l.source()).contains("acting-up payment £1,187 a year (Chief Officer Band B £68,714, the lowest point above "
                    + "the holder's £67,527 as Head of Service)", "Head of Service not backfilled");
        });
    }

    @Test
    void backfillingTheVacatedPost_addsItsFullCost() {
        Comparison c = compare(base.deriveProposal("p", "Proposal").with(actingHead(true, null)));
        // payment £1,607.21 (above) + Head of Service covered: 67,527 + NI (67,527 − 9,100) × 13.8% = 8,062.93
        // + pension 14,248.20 + levy 337.64 = 90,175.77
        assertThat(c.proposal().post("HEH").total()).isEqualTo(Money.parse("91782.98"));
        assertThat(c.temporary().difference()).isEqualTo(Money.parse("91782.98"));
        assertThat(c.temporary().bridge().getFirst().source()).contains("backfilled: Head of Service covered at its full cost, £90,175.77");
    }

    @Test
    void actingUpThatEndsOn30September_costsItsDaysOnly() {
        Comparison c = compare(base.deriveProposal("p", "Proposal").with(actingHead(false, LocalDate.of(2024, 9, 30))));
        // 183 of 365 days: 1,187 × 183/365 = 595.13; NI 82.13; pension 125.57; levy 2.98
        assertThat(c.proposal().post("HEH").total()).isEqualTo(Money.parse("805.81"));
        assertThat(c.temporary().difference()).isEqualTo(Money.parse("805.81"));
    }

    @Test
    void theActingSalary_isTheLowestPointThatGivesAnIncrease() {
        // the holder is on NJC point 9 (£26,409) of Grade 4 and acts up into a Grade 4 post: point 10, £26,835, a £426 payment
        Scenario onPoint9 = base.with(new Post("BS", "Business Support", "sc", "HOS", "njc-4", BigDecimal.ONE, 1, null, "", null, "", 9,
                null, null, null, ""));
        Scenario proposal = onPoint9.deriveProposal("p", "Proposal").with(Post.of("SUP", "Supervisor", "sc", "HOS", "njc-4")
                .withOccupancy(Occupancy.ACTING, "", null).withPay(PostPay.NONE.withActingFor("BS", false)));
        Model model = TestModels.model(onPoint9, proposal);
        Comparison c = new Costing(model, CostSettings.defaults(TestModels.Y2024).withBasis(SalaryBasis.ACTUAL)).compare(onPoint9, proposal);
        assertThat(c.proposal().post("SUP").salary()).isEqualTo(Money.parse("426.00"));
        assertThat(c.proposal().post("SUP").ni()).isEqualTo(Money.parse("58.79")); // 426 × 13.8% = 58.788
    }

    @Test
    void aTimeLimitedHonorarium_isATemporaryCost_onARecurrentPost() {
        Post dsc = base.post("DSC").withPay(PostPay.NONE.withHonorarium(
                Honorarium.percentOfSalary(new BigDecimal("0.10"), LocalDate.of(2024, 10, 1), LocalDate.of(2025, 3, 31))));
        Comparison c = compare(base.deriveProposal("p", "Proposal").with(dsc));
        // 10% of Band E top £101,596 = £10,159.60 a year for 182 of 365 days = 5,065.88; NI 699.09, pension 1,068.90, levy 25.33
        assertThat(c.temporary().difference()).isEqualTo(Money.parse("6859.20"));
        assertThat(c.recurrent().difference()).isEqualTo(Money.ZERO);
        assertThat(c.temporary().bridge()).singleElement().satisfies(l -> {
            assertThat(l.key()).isEqualTo("DSC");
            assertThat(l.salary()).isEqualTo(Money.parse("5065.88"));
            assertThat(l.source()).contains("honorarium 10% of salary from 1 October 2024 to 31 March 2025");
        });
        assertThat(c.recurrent().bridge()).isEmpty();
    }

    @Test
    void aFixedHonorariumWithNoEnd_isRecurrent() {
        Post hos = base.post("HOS").withPay(PostPay.NONE.withHonorarium(Honorarium.sum(Money.ofPounds(3_000), null, null)));
        Comparison c = compare(base.deriveProposal("p", "Proposal").with(hos));
        // 3,000 + NI 414.00 + pension 633.00 + levy 15.00
        assertThat(c.recurrent().difference()).isEqualTo(Money.parse("4062.00"));
        assertThat(c.temporary().difference()).isEqualTo(Money.ZERO);
    }

    @Test
    void anActingPostMustNameAPostOfItsScenario_andBeActing() {
        Scenario p = base.deriveProposal("p", "Proposal").with(Post.of("HEH", "Head of Early Help", "sc", "DSC", "co-b")
                .withPay(PostPay.NONE.withActingFor("GONE", false)));
        assertThat(ModelValidator.validate(TestModels.model(base, p))).extracting(Object::toString).anySatisfy(s ->
                assertThat(s).contains("the substantive post of the person acting up, GONE, is not in this scenario"))
                .anySatisfy(s -> assertThat(s).contains("it names GONE as the substantive post of an acting holder, but it is substantive, not acting"));
    }
}
