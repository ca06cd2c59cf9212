package org.reshape.costing;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.reshape.domain.CostSettings;
import org.reshape.domain.FinancialYear;
import org.reshape.domain.Grade;
import org.reshape.domain.Model;
import org.reshape.domain.Money;
import org.reshape.domain.PayAward;
import org.reshape.domain.PayScale;
import org.reshape.domain.Post;
import org.reshape.domain.Provenance;
import org.reshape.domain.Scenario;
import org.reshape.domain.TestModels;
import org.junit.jupiter.api.Test;

/// Worked examples of dated pay, each figure worked out by hand in the comment
/// beside it: a year is cut at each award and every version costs its days.
class DatedPayTest {
    private static final PayScale SOULBURY_2023 = new PayScale("s23", "Soulbury", LocalDate.of(2023, 9, 1),
            Map.of(23, Money.ofPounds(69_586), 26, Money.ofPounds(73_173)), Map.of(), Provenance.of("derived"));
    private static final PayScale SOULBURY_2024 = new PayScale("s24", "Soulbury", LocalDate.of(2024, 9, 1),
            Map.of(23, Money.ofPounds(71_326), 26, Money.ofPounds(75_002)), Map.of(), Provenance.of("Soulbury Committee"));
    private static final Grade EIP_23_26 = Grade.spinal("eip", "Soulbury EIP 23–26", "Soulbury", 23, 26, Provenance.of("§5.3.4"));

    private static Model model(List<PayScale> extraScales, List<PayAward> awards, Post... posts) {
        List<PayScale> scales = new ArrayList<>(TestModels.scales());
        scales.addAll(extraScales);
        List<Grade> grades = new ArrayList<>(TestModels.grades());
        grades.add(EIP_23_26);
        Scenario s = new Scenario("current", "Current structure", "", null, false, List.of(posts));
        return new Model("t", "T", "", "", TestModels.divisions(), scales, grades, List.of(s),
                CostSettings.defaults(TestModels.Y2024).withAwards(awards), Map.of());
    }

    private static PostCost cost(Model m, FinancialYear y, String key) {
        Costing c = new Costing(m, m.costSettings().withYear(y));
        return c.cost(m.baseline()).post(key);
    }

    @Test
    void soulburyEip23_26_atTheTop_in2024_25_costsFiveMonthsOf2023AndSevenOf2024ByDays() {
        Model m = model(List.of(SOULBURY_2023, SOULBURY_2024), List.of(), Post.of("VHT", "Head of Virtual School", "ed", "", "eip"));
        PostCost vht = cost(m, TestModels.Y2024, "VHT");
        // 1 Apr – 31 Aug 2024 = 30+31+30+31+31 = 153 days at £73,173; 1 Sep 2024 – 31 Mar 2025 = 212 days at £75,002
        // (73,173 × 153 + 75,002 × 212) ÷ 365 = (11,195,469 + 15,900,424) ÷ 365 = 27,095,893 ÷ 365 = 74,235.3233
        assertThat(vht.salary()).isEqualTo(Money.parse("74235.32"));
        // NI: 13.8% × (74,235.3233 − 9,100) = 13.8% × 65,135.3233 = 8,988.6746
        assertThat(vht.ni()).isEqualTo(Money.parse("8988.67"));
        // pension 21.1% × 74,235.3233 = 15,663.6532
        assertThat(vht.pension()).isEqualTo(Money.parse("15663.65"));
        assertThat(vht.payAssumed()).isFalse();
    }

    @Test
    void chiefOfficerAward_of2_5PercentFrom1April2024_isInForceAllYear() {
        PayAward award = PayAward.percent("Chief Officer", LocalDate.of(2024, 4, 1), "0.025", Provenance.of("JNC 2024"));
        Model m = model(List.of(), List.of(award), Post.of("DSC", "Director", "sc", "", "co-e"));
        PostCost dsc = cost(m, TestModels.Y2024, "DSC");
        // Band E top £101,596 × 1.025 = £104,135.90, rounded to the pound as published tables are: £104,136
        assertThat(dsc.salary()).isEqualTo(Money.ofPounds(104_136));
        // (104,136 − 9,100) × 13.8% = 95,036 × 0.138 = 13,114.968
        assertThat(dsc.ni()).isEqualTo(Money.parse("13114.97"));
        assertThat(dsc.payAssumed()).isFalse();
    }

    @Test
    void anAssumedAward_derivesAVersionMarkedAssumed_onTheLineAndItsSource() {
        PayAward published = PayAward.percent("Chief Officer", LocalDate.of(2024, 4, 1), "0.025", Provenance.of("JNC 2024"));
        PayAward assumed = PayAward.percent("Chief Officer", LocalDate.of(2025, 4, 1), "0.03",
                new Provenance("", "no award published; 3% as the MTFS assumes", null));
        Post dsc = Post.of("DSC", "Director", "sc", "", "co-e");
        Model m = model(List.of(), List.of(published, assumed), dsc);
        PostCost c = cost(m, new FinancialYear(2025), "DSC");
        // £104,136 × 1.03 = £107,260.08 → £107,260
        assertThat(c.salary()).isEqualTo(Money.ofPounds(107_260));
        assertThat(c.payAssumed()).isTrue();
        assertThat(c.payNote()).contains("Chief Officer +3% from 1 April 2025 assumed").contains("MTFS");

        Scenario base = m.baseline();
        Scenario regraded = base.deriveProposal("p", "Proposal").with(dsc.withGrade("co-f"));
        Comparison cmp = new Costing(m.withScenario(regraded), m.costSettings().withYear(new FinancialYear(2025))).compare(base, regraded);
        BridgeLine line = cmp.bridge().getFirst();
        assertThat(line.assumed()).isTrue();
        assertThat(line.source()).contains("pay assumed: Chief Officer +3% from 1 April 2025 assumed");
        // Band F top 112,636 × 1.025 = 115,451.9 → 115,452; × 1.03 = 118,915.56 → 118,916; E: 107,260
        assertThat(line.salary()).isEqualTo(Money.ofPounds(118_916 - 107_260));
    }

    @Test
    void aYearWithNoAward_reusesTheLastFigures_butSaysSo() {
        Model m = model(List.of(), List.of(), Post.of("DSC", "Director", "sc", "", "co-e"));
        PostCost c = cost(m, TestModels.Y2024, "DSC");
        assertThat(c.salary()).isEqualTo(Money.ofPounds(101_596));
        assertThat(c.payAssumed()).isTrue();
        assertThat(c.payNote()).isEqualTo("no Chief Officer pay award in 2024/25: Chief Officer from 1 April 2023 figures used unchanged (0% assumed)");
    }

    @Test
    void njcAward_flatSumOnPointsTo43_andPercentAbove() {
        PayScale njc = new PayScale("n23", "NJC", LocalDate.of(2023, 4, 1),
                Map.of(43, Money.ofPounds(51_515), 44, Money.ofPounds(52_000)), Map.of(), Provenance.NONE);
        PayAward award = new PayAward("NJC", LocalDate.of(2024, 4, 1), new BigDecimal("0.025"), Money.ofPounds(1_290), 43,
                Provenance.of("NJC 2024"));
        PayScale derived = award.apply(njc);
        assertThat(derived.points().get(43)).isEqualTo(Money.ofPounds(52_805)); // 51,515 + 1,290
        assertThat(derived.points().get(44)).isEqualTo(Money.ofPounds(53_300)); // 52,000 × 1.025
        assertThat(derived.effectiveFrom()).isEqualTo(LocalDate.of(2024, 4, 1));
        assertThat(derived.provenance().source()).startsWith("NJC +£1,290 on points to 43, +2.5% above, from 1 April 2024 (NJC 2024)");
    }

    @Test
    void aFixedTermPost_endingBeforeTheAward_costsTheOldPayOnly() {
        Post ft = Post.of("VHT", "Head of Virtual School", "ed", "", "eip").withOccupancy(null, "", LocalDate.of(2024, 6, 30));
        Model m = model(List.of(SOULBURY_2023, SOULBURY_2024), List.of(), ft);
        // 1 Apr – 30 Jun 2024 = 91 days at £73,173: 73,173 × 91 ÷ 365 = 6,658,743 ÷ 365 = 18,243.1315
        assertThat(cost(m, TestModels.Y2024, "VHT").salary()).isEqualTo(Money.parse("18243.13"));
    }
}
