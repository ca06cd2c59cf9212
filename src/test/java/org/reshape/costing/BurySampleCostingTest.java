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
    private final Costing costing = new Costing(bury, CostSettings.defaults(new FinancialYear(2024)).withBasis(SalaryBasis.TOP));
    private final Comparison cmp = costing.compare(bury.scenario("current").orElseThrow(), bury.scenario("proposed").orElseThrow());

    @Test
    void directorBandEToF_atTopOfGrade_isPlus11040InSalary_withNiOn101596() {
        BridgeLine director = line("DSC");
        assertThat(director.salary()).isEqualTo(Money.parse("11040.00"));
        assertThat(director.explanation()).startsWith("regraded up: Chief Officer Band E → Chief Officer Band F");
        assertThat(cmp.base().post("DSC").ni()).isEqualTo(Money.parse("12764.45"));
        // Band F maximum £112,636: (112,636 − 9,100) × 13.8% = £14,287.97
        assertThat(cmp.proposal().post("DSC").ni()).isEqualTo(Money.parse("14287.97"));
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

    private BridgeLine line(String key) {
        return cmp.bridge().stream().filter(l -> l.key().equals(key)).findFirst().orElseThrow();
    }
}
