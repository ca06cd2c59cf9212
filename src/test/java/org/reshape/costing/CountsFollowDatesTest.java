package org.reshape.costing;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.reshape.domain.CostSettings;
import org.reshape.domain.FinancialYear;
import org.reshape.domain.Money;
import org.reshape.domain.Occupancy;
import org.reshape.domain.Post;
import org.reshape.domain.Scenario;
import org.reshape.domain.TestModels;

/// A post that does not exist on a date is not counted on it; FTE-years say
/// what the money pays for, so the rows still reconcile.
class CountsFollowDatesTest {
    private static final Post FIXED = Post.of("FT", "Project Lead", "sc", "HOS", "co-a")
            .withOccupancy(Occupancy.SUBSTANTIVE, "", LocalDate.of(2025, 3, 31));
    private static final Post HALF_YEAR = Post.of("HY", "Review Officer", "sc", "HOS", "njc-4")
            .withFte(new BigDecimal("0.5"), 1).withOccupancy(Occupancy.SUBSTANTIVE, "", LocalDate.of(2024, 9, 30));
    private final Scenario base = TestModels.baseline();
    private final Scenario proposal = base.deriveProposal("p", "Proposal").with(FIXED).with(HALF_YEAR);

    private Comparison compare(FinancialYear year) {
        return new Costing(TestModels.model(base, proposal), CostSettings.defaults(year)).compare(base, proposal);
    }

    @Test
    void inTheYearItRuns_aFixedTermPostIsCounted_andItsFteYearsAreItsShareOfTheYear() {
        Comparison c = compare(TestModels.Y2024);
        // base: ED, DSC, HOS, BS (30 FTE, 30 people), DED = 5 posts, 34 FTE, 34 people, each all year
        assertThat(c.base().total().posts()).isEqualTo(5);
        assertThat(c.base().total().fteYears()).isEqualByComparingTo("34.00");
        // both new posts exist on 1 April 2024; the half-time one until 30 September: 0.5 × 183 / 365 = 0.2507 → 0.25
        assertThat(c.proposal().total().posts()).isEqualTo(7);
        assertThat(c.proposal().total().fte()).isEqualByComparingTo("35.5");
        assertThat(c.proposal().total().headcount()).isEqualTo(36);
        assertThat(c.proposal().post("HY").fteYears()).isEqualByComparingTo("0.25");
        assertThat(c.proposal().total().fteYears()).isEqualByComparingTo("35.25");
    }

    @Test
    void afterItEnds_aFixedTermPostIsNotCounted_inPostsFteOrHeadcount() {
        Comparison c = compare(new FinancialYear(2025));
        assertThat(c.proposal().total().posts()).isEqualTo(5);
        assertThat(c.proposal().total().fte()).isEqualByComparingTo("34");
        assertThat(c.proposal().total().headcount()).isEqualTo(34);
        assertThat(c.proposal().total().fteYears()).isEqualByComparingTo("34.00");
        assertThat(c.proposal().total().total()).isEqualTo(c.base().total().total());
        CostRow sc = c.byDivision().stream().filter(r -> r.id().equals("sc")).findFirst().orElseThrow();
        assertThat(sc.postsDifference()).isZero();
        assertThat(sc.fteDifference()).isZero();
    }

    @Test
    void inThePartYear_countsAreTakenOnTheImplementationDate() {
        Scenario later = proposal.withImplementationDate(LocalDate.of(2024, 10, 1));
        Comparison c = new Costing(TestModels.model(base, later), CostSettings.defaults(TestModels.Y2024)).comparePartYear(base, later);
        // on 1 October 2024 the review officer's post has ended; the project lead's has six months to run
        assertThat(c.proposal().total().posts()).isEqualTo(6);
        assertThat(c.proposal().post("HY").inPost()).isFalse();
        // 182 days of 365 from 1 October: each post to two places: ED, DSC, HOS, DED 182/365 = 0.50 each, BS 30 × 182/365 = 14.96; FT 0.50, HY 0
        assertThat(c.base().total().fteYears()).isEqualByComparingTo("16.96");
        assertThat(c.proposal().total().fteYears()).isEqualByComparingTo("17.46");
    }

    @Test
    void theRowsAddUpToTheTotal_inPostsFteAndFteYears() {
        for (FinancialYear y : new FinancialYear[]{TestModels.Y2024, new FinancialYear(2025)}) {
            Comparison c = compare(y);
            for (var side : new ScenarioCost[]{c.base(), c.proposal()}) {
                assertThat(side.byDivision().stream().mapToInt(CostLine::posts).sum()).isEqualTo(side.total().posts());
                assertThat(side.byDivision().stream().map(CostLine::fte).reduce(BigDecimal.ZERO, BigDecimal::add))
                        .isEqualByComparingTo(side.total().fte());
                assertThat(side.byDivision().stream().map(CostLine::fteYears).reduce(BigDecimal.ZERO, BigDecimal::add))
                        .isEqualByComparingTo(side.total().fteYears());
                assertThat(side.byGrade().stream().map(CostLine::fteYears).reduce(BigDecimal.ZERO, BigDecimal::add))
                        .isEqualByComparingTo(side.total().fteYears());
                assertThat(side.byDivision().stream().map(CostLine::total).reduce(Money.ZERO, Money::plus)).isEqualTo(side.total().total());
            }
        }
    }
}
