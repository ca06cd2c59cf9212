package org.reshape.costing;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.reshape.change.ChangeKind;
import org.reshape.domain.CostSettings;
import org.reshape.domain.FinancialYear;
import org.reshape.domain.Model;
import org.reshape.domain.Money;
import org.reshape.domain.Post;
import org.reshape.domain.SalaryBasis;
import org.reshape.domain.Scenario;
import org.reshape.domain.TestModels;
import org.junit.jupiter.api.Test;

class CostingTest {
    private final Scenario base = TestModels.baseline();
    private final Scenario regraded = base.deriveProposal("p", "Proposal").with(base.post("DSC").withGrade("co-f"));

    private Costing costing(CostSettings s) {
        return new Costing(TestModels.model(base, regraded), s);
    }

    @Test
    void bandEToBandF_atTopOfGrade_isPlus11040InSalary() {
        Comparison c = costing(CostSettings.defaults(TestModels.Y2024)).compare(base, regraded);
        assertThat(c.salaryDifference()).isEqualTo(Money.parse("11040.00"));
        assertThat(c.bridge()).singleElement().satisfies(l -> {
            assertThat(l.key()).isEqualTo("DSC");
            assertThat(l.salary()).isEqualTo(Money.parse("11040.00"));
            assertThat(l.explanation()).isEqualTo("regraded up: Chief Officer Band E → Chief Officer Band F");
        });
        assertThat(c.bridgeTotal()).isEqualTo(c.difference());
    }

    @Test
    void employerNi_onBandEMaximum_in2024_25_is12764_45() {
        PostCost dsc = costing(CostSettings.defaults(TestModels.Y2024)).cost(base).post("DSC");
        assertThat(dsc.salary()).isEqualTo(Money.ofPounds(101_596));
        assertThat(dsc.ni()).isEqualTo(Money.parse("12764.45"));
        assertThat(dsc.pension()).isEqualTo(Money.parse("21436.76")); // 101,596 × 21.1% = 21,436.756
        assertThat(dsc.levy()).isEqualTo(Money.parse("507.98"));      // 101,596 × 0.5%
    }

    @Test
    void ni_from2025_26_is15PercentAbove5000() {
        PostCost dsc = costing(CostSettings.defaults(new FinancialYear(2025))).cost(base).post("DSC");
        assertThat(dsc.ni()).isEqualTo(Money.parse("14489.40")); // (101,596 − 5,000) × 15%
    }

    @Test
    void teamBlockNi_isPerPerson() {
        PostCost team = costing(CostSettings.defaults(TestModels.Y2024)).cost(base).post("BS");
        // NJC points 7–11 top 2024/25 £27,269 × 30 FTE = £818,070; NI per person above £9,100 × 30
        assertThat(team.salary()).isEqualTo(Money.parse("818070.00"));
        assertThat(team.ni()).isEqualTo(Money.parse("75219.66")); // (818,070 − 30 × 9,100) × 13.8%
    }

    @Test
    void basis_bottomMidpointTop() {
        var s = CostSettings.defaults(TestModels.Y2024);
        assertThat(costing(s.withBasis(SalaryBasis.BOTTOM)).cost(base).post("DSC").salary()).isEqualTo(Money.ofPounds(93_102));
        assertThat(costing(s.withBasis(SalaryBasis.MIDPOINT)).cost(base).post("DSC").salary()).isEqualTo(Money.ofPounds(97_349));
        assertThat(costing(s.withBasis(SalaryBasis.TOP)).cost(base).post("DSC").salary()).isEqualTo(Money.ofPounds(101_596));
    }

    @Test
    void actualPoint_usesTheHoldersPoint_andTopOtherwise() {
        Post onPoint9 = new Post("BS", "Business Support", "sc", "HOS", "njc-4", BigDecimal.ONE, 1, null, "", null, "", 9,
                null, null, null, "");
        Scenario s = base.with(onPoint9);
        var c = new Costing(TestModels.model(s), CostSettings.defaults(TestModels.Y2024).withBasis(SalaryBasis.ACTUAL));
        assertThat(c.cost(s).post("BS").salary()).isEqualTo(Money.ofPounds(26_409));
        assertThat(c.cost(s).post("DSC").salary()).isEqualTo(Money.ofPounds(101_596));
    }

    @Test
    void noOnCosts_costsSalaryAlone() {
        PostCost dsc = costing(CostSettings.defaults(TestModels.Y2024).withOnCosts(false)).cost(base).post("DSC");
        assertThat(dsc.total()).isEqualTo(Money.ofPounds(101_596));
    }

    @Test
    void fixedTermPost_costsOnlyWhileItExists() {
        Post ft = Post.of("FT", "Head of Service (fixed-term)", "sc", "DSC", "co-b")
                .withOccupancy(org.reshape.domain.Occupancy.ACTING, "", LocalDate.of(2024, 9, 30));
        Scenario p = base.deriveProposal("p", "P").with(ft);
        Comparison c = costing(CostSettings.defaults(TestModels.Y2024).withOnCosts(false)).compare(base, p);
        // 1 April – 30 September 2024 is 183 of 365 days: £74,619 × 183 / 365
        assertThat(c.proposal().post("FT").salary()).isEqualTo(Money.parse("37411.72"));
        assertThat(c.bridge()).singleElement().satisfies(l -> {
            assertThat(l.kinds()).containsExactly(ChangeKind.NEW);
            assertThat(l.explanation()).isEqualTo("new post, Chief Officer Band B, fixed-term to 30 September 2024");
        });
    }

    @Test
    void partYearEffect_startsAtTheImplementationDate() {
        Scenario p = regraded.withImplementationDate(LocalDate.of(2024, 10, 1));
        Costing c = costing(CostSettings.defaults(TestModels.Y2024).withOnCosts(false));
        assertThat(c.compare(base, p).difference()).isEqualTo(Money.parse("11040.00"));
        Comparison part = c.comparePartYear(base, p);
        // 182 of 365 days, each post rounded first: £56,163.70 − £50,658.83
        assertThat(part.difference()).isEqualTo(Money.parse("5504.87"));
        assertThat(part.period()).isEqualTo("part year 2024/25 from 1 October 2024");
        assertThat(part.bridgeTotal()).isEqualTo(part.difference());
    }

    @Test
    void tablesByDivisionAndGrade_addUpToTheTotal() {
        Comparison c = costing(CostSettings.defaults(TestModels.Y2024)).compare(base, regraded);
        Money byDivision = c.byDivision().stream().map(r -> r.proposal().total()).reduce(Money.ZERO, Money::plus);
        Money byGrade = c.byGrade().stream().map(r -> r.proposal().total()).reduce(Money.ZERO, Money::plus);
        assertThat(byDivision).isEqualTo(c.proposal().total().total());
        assertThat(byGrade).isEqualTo(c.proposal().total().total());
        assertThat(c.byGrade()).extracting(CostRow::label).contains("Chief Officer Band E", "Chief Officer Band F");
        CostRow bandE = c.byGrade().stream().filter(r -> r.id().equals("co-e")).findFirst().orElseThrow();
        assertThat(bandE.postsDifference()).isEqualTo(-1);
    }

    @Test
    void postWithoutPay_isWarnedAbout() {
        Scenario s = base.with(base.post("HOS").withGrade(""));
        ScenarioCost cost = new Costing(TestModels.model(s), CostSettings.defaults(TestModels.Y2024)).cost(s);
        assertThat(cost.warnings()).containsExactly("post HOS (Head of Service) is not costed: grade unknown; it is left out of the"
                + " total, its division's row and the recurrent cost, which will change when it is graded");
    }

    @Test
    void assumedGrade_isFlaggedOnTheBridgeLine() {
        Scenario p = base.deriveProposal("p", "P").without("HOS").with(base.post("BS").withManager("DSC"));
        Model m = TestModels.model(base, p);
        Comparison c = new Costing(m, CostSettings.defaults(TestModels.Y2024)).compare(base, p);
        BridgeLine hos = c.bridge().stream().filter(l -> l.key().equals("HOS")).findFirst().orElseThrow();
        assertThat(hos.assumed()).isTrue();
        assertThat(hos.source()).contains("Chief Officer Band A range assumed: not published; geometric step");
        assertThat(c.assumedPart()).isEqualTo(hos.total());
    }
}
