package org.reshape.costing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.reshape.change.ChangeKind;
import org.reshape.domain.CostSettings;
import org.reshape.domain.FinancialYear;
import org.reshape.domain.Model;
import org.reshape.domain.Money;
import org.reshape.domain.SalaryBasis;
import org.reshape.io.Samples;

/// The worked examples of the reference files, on the shipped Bury sample.
class BurySampleCostingTest {
    private final Model bury = Samples.load("bury-cyp-2024");
    private final Costing costing = new Costing(bury, bury.costSettings().withYear(new FinancialYear(2024)).withBasis(SalaryBasis.TOP));
    private final Comparison cmp = costing.compare(bury.scenario("current").orElseThrow(), bury.scenario("proposed").orElseThrow());

    @Test
    void directorBandEToF_atTopOfGrade_afterThe2024ChiefOfficerAward_isPlus11316InSalary() {
        BridgeLine director = line("DSC");
        // 2023/24 tops +2.5% from 1 April 2024, to the pound: E £101,596 → £104,136; F £112,636 → £115,452
        assertThat(director.salary()).isEqualTo(Money.parse("11316.00"));
        assertThat(director.explanation()).startsWith("regraded up: Chief Officer Band E → Chief Officer Band F");
        // (104,136 − 9,100) × 13.8% = 13,114.968
        assertThat(cmp.base().post("DSC").ni()).isEqualTo(Money.parse("13114.97"));
        // (115,452 − 9,100) × 13.8% = 14,676.576
        assertThat(cmp.proposal().post("DSC").ni()).isEqualTo(Money.parse("14676.58"));
    }

    @Test
    void theHeadOfEarlyHelp_actedUpByTheHeadOfFamilyHelp_isAnActingUpPayment_andTemporary() {
        assertThat(cmp.temporary().bridge()).extracting(BridgeLine::key).containsExactly("HEH");
        assertThat(cmp.recurrent().bridge()).extracting(BridgeLine::key).doesNotContain("HEH").contains("ADEH", "DSC");
        // §5.1.3: the Head of Service (Family Help), Band A top £67,527 +2.5% = £69,215, acts up into Band B, whose
        // lowest point above that is its minimum £68,714 +2.5% = £70,432: a payment of £1,217, not a second salary
        BridgeLine heh = cmp.temporary().bridge().getFirst();
        assertThat(heh.salary()).isEqualTo(Money.ofPounds(1_217));
        // NI at the marginal rate 1,217 × 13.8% = 167.946; pension × 21.1% = 256.787; levy × 0.5% = 6.085
        assertThat(heh.onCosts()).isEqualTo(Money.parse("430.83"));
        assertThat(cmp.temporary().difference()).isEqualTo(Money.parse("1647.83"));
        assertThat(heh.assumed()).as("not backfilled is an assumption").isTrue();
        assertThat(heh.source()).contains("Head of Service (Family Help) not backfilled", "assumed not backfilled");
        assertThat(cmp.recurrent().difference().plus(cmp.temporary().difference())).isEqualTo(cmp.difference());
        assertThat(cmp.recurrent().difference().signum()).as("the recurrent effect is a saving").isNegative();
    }

    @Test
    void soulburyPosts_in2024_25_costTheSeptemberAwardFromSeptember() {
        // Virtual Head Teacher, Soulbury 17–20 at the top (point 20): £65,794 to 31 August, £67,439 from 1 September
        // (65,794 × 153 + 67,439 × 212) ÷ 365 = (10,066,482 + 14,297,068) ÷ 365 = 24,363,550 ÷ 365 = 66,749.4521
        assertThat(cmp.base().post("VHT").salary()).isEqualTo(Money.parse("66749.45"));
        assertThat(cmp.base().post("VHT").payAssumed()).isFalse();
    }

    @Test
    void bridge_reconcilesToTheDifference_andEveryLineSaysWhereItComesFrom() {
        assertThat(cmp.bridgeTotal()).isEqualTo(cmp.difference());
        assertThat(cmp.bridge()).allSatisfy(l -> assertThat(l.source()).isNotBlank());
        assertThat(cmp.bridge()).extracting(BridgeLine::key).contains("ADEH", "PSW", "SMQA", "HEH", "HSWQA", "DHVS", "VHT", "SLSEND");
        assertThat(line("ADEH").kinds()).containsExactly(ChangeKind.DISESTABLISHED);
        assertThat(line("ADEH").total().signum()).isNegative();
        assertThat(line("HSWQA").explanation()).contains("replaces Principal Social Worker and Service Manager (Quality & Assurance)");
    }

    @Test
    void assumedGrades_carryPartOfTheDifference_andAreNamed() {
        assertThat(cmp.assumedPart().isZero()).isFalse();
        assertThat(line("ADEH").assumed()).isTrue();
        assertThat(line("DSC").assumed()).isFalse();
    }

    @Test
    void renamedDivision_isOneRowOfTheComparison() {
        assertThat(cmp.byDivision()).extracting(CostRow::label).contains("Social Care & Early Help (was Social Care & Safeguarding)")
                .doesNotContain("Social Care & Safeguarding");
        CostRow sc = cmp.byDivision().stream().filter(r -> r.id().equals("sceh")).findFirst().orElseThrow();
        assertThat(sc.base().posts()).isEqualTo(8);
        assertThat(sc.proposal().posts()).isEqualTo(11);
        assertThat(cmp.byDivision().stream().map(CostRow::totalDifference).reduce(Money.ZERO, Money::plus)).isEqualTo(cmp.difference());
    }

    @Test
    void renamedDivision_isNotAMove() {
        assertThat(cmp.changes().change("HIR")).hasValueSatisfying(c -> assertThat(c.kinds()).doesNotContain(ChangeKind.MOVED_DIVISION));
        assertThat(cmp.changes().change("HFH")).hasValueSatisfying(c -> assertThat(c.kinds()).contains(ChangeKind.MOVED_DIVISION));
    }

    @Test
    void backfillingTheFamilyHelpPost_addsItsFullCost_toTheTemporaryPart() {
        var proposed = bury.scenario("proposed").orElseThrow();
        var heh = proposed.post("HEH");
        var backfilled = proposed.with(heh.withPay(heh.pay().withActingFor("HFH", true)));
        Model m = bury.withScenario(backfilled);
        Comparison c = new Costing(m, costing.settings()).compare(bury.scenario("current").orElseThrow(), backfilled);
        // the Family Help post covered for the year: 69,215 + NI (69,215 − 9,100) × 13.8% = 8,295.87
        // + pension 14,604.37 + levy 346.08 = 92,461.32, beside the payment's 1,647.83
        assertThat(c.temporary().difference()).isEqualTo(Money.parse("94109.15"));
        assertThat(c.recurrent().difference()).isEqualTo(cmp.recurrent().difference());
    }

    @Test
    void theReportsCirca9000_isReachedByBackfillingAndNewPostsAtTheBottom() {
        var current = bury.scenario("current").orElseThrow();
        var proposed = bury.scenario("proposed").orElseThrow();
        var heh = proposed.post("HEH");
        var p = proposed.with(heh.withPay(heh.pay().withActingFor("HFH", true)));
        for (String key : java.util.List.of("HEH", "HSWQA", "DHVS")) {
            var post = p.post(key);
            p = p.with(post.withPay(post.pay().withBasis(SalaryBasis.BOTTOM)));
        }
        Comparison c = new Costing(bury.withScenario(p), costing.settings()).compare(current, p);
        // docs/sample-bury-cyp-2024.md: recurrent −102,146.56, temporary +94,109.15, in year −8,037.41
        assertThat(c.recurrent().difference()).isEqualTo(Money.parse("-102146.56"));
        assertThat(c.temporary().difference()).isEqualTo(Money.parse("94109.15"));
        assertThat(c.difference()).isEqualTo(Money.parse("-8037.41"));
    }

    private BridgeLine line(String key) {
        return cmp.bridge().stream().filter(l -> l.key().equals(key)).findFirst().orElseThrow();
    }
}
