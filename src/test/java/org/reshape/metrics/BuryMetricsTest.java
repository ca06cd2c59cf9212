package org.reshape.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.reshape.domain.Model;
import org.reshape.io.Samples;

/// The Bury sample's spans and layers, checked against figures worked out by
/// hand from its reporting lines (shared/reference/bury-cyp-2024.md).
///
/// Current structure, 23 posts, two roots (the Executive Director; the Head
/// of Children's Commissioning, whose Health & Adult Care director is outside
/// the model). Direct reports:
///
///     EDCYP  Executive Director            DSC, DES, ADEH                 3
///     DSC    Director of Social Care       HIR, HCASS, PSW, SMQA, HSAR    5
///     HIR    HoS Initial Response          TMCS                           1
///     HCASS  HoS CASS & Leaving Care       CRS (4.5 FTE, 5 people)        1
///     DES    Director of Education         SLSS, VHT, SLSEND              3
///     SLSS   Strategic Lead School System  SSAO, AECE                     2
///     SLSEND Strategic Lead SEND           CWD                            1
///     ADEH   AD Early Help                 HFH, SMFR, SMEY                3
///     HSAR   Head of Strategy              CIM, BS (1 + 30 FTE, 33 people) 2
///                                                                  total 21 = 23 − 2 roots
///
/// 9 managers, 14 staff posts (1 : 1.6). Spans under 3: HIR, HCASS, SLSS,
/// SLSEND, HSAR. Layers: 1 EDCYP, HCC (2); 2 DSC, DES, ADEH (3); 3 HIR,
/// HCASS, PSW, SMQA, HSAR, SLSS, VHT, SLSEND, HFH, SMFR, SMEY (11); 4 TMCS,
/// CRS, SSAO, AECE, CWD, CIM, BS (7; 1 + 4.5 + 1 + 1 + 1 + 1 + 30 = 39.5 FTE).
///
/// Proposed structure, 23 posts, one root (HCC now reports to the Executive Director):
///
///     EDCYP  DSC, DES, HSAR, HCC          4
///     DSC    HIR, HCASS, HEH, HSWQA       4
///     HIR    CWD                          1
///     HCASS  TMCS                         1
///     HEH    HFH, SMFR, SMEY              3
///     SMFR   CRS                          1
///     DES    SLSS, VHT, SLSEND            3
///     SLSS   SSAO                         1
///     VHT    DHVS, AECE                   2
///     HSAR   CIM, BS                      2
///                                  total 22 = 23 − 1 root
///
/// (SLSEND loses its only report, CWD, and manages no one.) 10 managers, 13
/// staff posts (1 : 1.3). Spans under 3: HIR, HCASS, SMFR, SLSS, VHT, HSAR.
/// Layers: 1 EDCYP (1); 2 DSC, DES, HSAR, HCC (4); 3 HIR, HCASS, HEH, HSWQA,
/// SLSS, VHT, SLSEND, CIM, BS (9); 4 CWD, TMCS, HFH, SMFR, SMEY, SSAO, DHVS,
/// AECE (8); 5 CRS, now under SMFR under HEH (1).
class BuryMetricsTest {
    private final Model bury = Samples.load(Samples.DEFAULT);
    private final MetricsComparison m = MetricsComparison.of(bury, bury.scenario("current").orElseThrow(),
            bury.scenario("proposed").orElseThrow(), bury.costSettings(), MetricsSettings.DEFAULTS);

    @Test
    void currentSpans_matchTheHandWorking() {
        ScenarioMetrics c = m.base();
        assertThat(spans(c)).containsExactlyInAnyOrderEntriesOf(Map.of("EDCYP", 3, "DSC", 5, "HIR", 1, "HCASS", 1, "DES", 3,
                "SLSS", 2, "SLSEND", 1, "ADEH", 3, "HSAR", 2));
        assertThat(c.totalReports()).isEqualTo(21);
        assertThat(c.roots()).isEqualTo(2);
        assertThat(c.managers()).isEqualTo(9);
        assertThat(c.staffPosts()).isEqualTo(14);
        assertThat(c.staffPerManager()).isEqualByComparingTo("1.6");
        assertThat(c.span("HSAR").orElseThrow().fte()).isEqualByComparingTo("31");
        assertThat(c.span("HSAR").orElseThrow().headcount()).isEqualTo(33);
        assertThat(c.span("HCASS").orElseThrow().fte()).isEqualByComparingTo("4.5");
        assertThat(c.spanHistogram()).containsOnly(Map.entry(1, 3), Map.entry(2, 2), Map.entry(3, 3), Map.entry(5, 1));
        assertThat(c.flags(Flag.Kind.UNDER_SPAN)).extracting(Flag::key).containsExactlyInAnyOrder("HIR", "HCASS", "SLSS", "SLSEND", "HSAR");
        assertThat(c.flags(Flag.Kind.OVER_SPAN)).isEmpty();
    }

    @Test
    void proposedSpans_matchTheHandWorking() {
        ScenarioMetrics p = m.proposal();
        assertThat(spans(p)).containsExactlyInAnyOrderEntriesOf(Map.of("EDCYP", 4, "DSC", 4, "HIR", 1, "HCASS", 1, "HEH", 3,
                "SMFR", 1, "DES", 3, "SLSS", 1, "VHT", 2, "HSAR", 2));
        assertThat(p.totalReports()).isEqualTo(22);
        assertThat(p.roots()).isEqualTo(1);
        assertThat(p.staffPosts()).isEqualTo(13);
        assertThat(p.staffPerManager()).isEqualByComparingTo("1.3");
        assertThat(p.spanHistogram()).containsOnly(Map.entry(1, 4), Map.entry(2, 2), Map.entry(3, 2), Map.entry(4, 2));
        assertThat(p.flags(Flag.Kind.UNDER_SPAN)).extracting(Flag::key)
                .containsExactlyInAnyOrder("HIR", "HCASS", "SMFR", "SLSS", "VHT", "HSAR");
        assertThat(p.flags(Flag.Kind.UNDER_SPAN)).extracting(Flag::message)
                .contains("span 1 (under 3): Service Manager (Family Resource)");
    }

    @Test
    void layers_matchTheHandWorking_overallAndPerDivision() {
        assertThat(m.base().postsPerLayer()).containsExactly(2, 3, 11, 7);
        assertThat(m.proposal().postsPerLayer()).containsExactly(1, 4, 9, 8, 1);
        assertThat(m.base().ftePerLayer()).usingElementComparator(BigDecimal::compareTo)
                .containsExactly(new BigDecimal("2"), new BigDecimal("3"), new BigDecimal("11"), new BigDecimal("39.5"));
        assertThat(divisions(m.base())).containsExactly(
                Map.entry("Directorate", List.of(1, 0, 0, 0)),
                Map.entry("Social Care & Safeguarding", List.of(0, 1, 5, 2)),
                Map.entry("Education & Skills", List.of(0, 1, 3, 3)),
                Map.entry("Early Help & School Readiness", List.of(0, 1, 3, 0)),
                Map.entry("Strategy, Assurance & Reform", List.of(0, 0, 0, 2)),
                Map.entry("Health & Adult Care", List.of(1, 0, 0, 0)));
        assertThat(divisions(m.proposal())).containsExactly(
                Map.entry("Directorate", List.of(1, 1, 0, 0, 0)),
                Map.entry("Social Care & Early Help", List.of(0, 1, 4, 5, 1)),
                Map.entry("Education & Skills", List.of(0, 1, 3, 3, 0)),
                Map.entry("Strategy, Assurance & Reform", List.of(0, 1, 2, 0, 0)));
        assertThat(m.proposal().flags(Flag.Kind.TOO_MANY_LAYERS)).isEmpty();
    }

    @Test
    void moreLayersThanTheSetting_isFlaggedForTheStructureAndTheDivision() {
        MetricsComparison strict = MetricsComparison.of(bury, bury.scenario("current").orElseThrow(),
                bury.scenario("proposed").orElseThrow(), bury.costSettings(), new MetricsSettings(3, 10, 4, false));
        assertThat(strict.base().flags(Flag.Kind.TOO_MANY_LAYERS)).isEmpty();
        assertThat(strict.proposal().flags(Flag.Kind.TOO_MANY_LAYERS)).extracting(Flag::message).containsExactly(
                "5 layers (more than 4) in Proposed structure", "Social Care & Early Help reaches layer 5 (more than 4)");
    }

    @Test
    void gradeRelativity_flagsTheStrategicLeadBelowItsSchoolAssuranceOfficer_withBothGrades() {
        // Chief Officer Band A tops out at £69,215 (assumed £67,527 in 2023/24 + the 2.5% award of April 2024), Soulbury EIP 20–23 at £69,586 (1 April 2024).
        for (ScenarioMetrics s : List.of(m.base(), m.proposal())) {
            assertThat(s.flags(Flag.Kind.GRADE_RELATIVITY)).singleElement().satisfies(f -> {
                assertThat(f.key()).isEqualTo("SLSS");
                assertThat(f.message()).contains("on Chief Officer Band A (top £69,215, assumed) is at or below its report "
                        + "Senior School Assurance Officer on Soulbury EIP 20–23 (top £69,586)");
            });
        }
    }

    @Test
    void managementShare_splitsTheCostedTotalBetweenManagersAndStaff() {
        var costing = new org.reshape.costing.Costing(bury, bury.costSettings());
        var cost = costing.cost(bury.scenario("proposed").orElseThrow());
        ScenarioMetrics p = m.proposal();
        assertThat(p.totalCost()).isEqualTo(cost.total().total());
        var managers = p.spans().stream().map(Span::key).toList();
        var managerCost = cost.posts().values().stream().filter(c -> managers.contains(c.post().key()))
                .map(org.reshape.costing.PostCost::total).reduce(org.reshape.domain.Money.ZERO, org.reshape.domain.Money::plus);
        assertThat(p.managementCost()).isEqualTo(managerCost);
        // The 30 FTE Business Support team keeps the managers' share near a third.
        assertThat(p.managementSharePercent()).isEqualByComparingTo(BigDecimal.valueOf(managerCost.pence() * 100)
                .divide(BigDecimal.valueOf(cost.total().total().pence()), 1, java.math.RoundingMode.HALF_UP));
        assertThat(p.managementSharePercent()).isBetween(new BigDecimal("25"), new BigDecimal("45"));
    }

    private static Map<String, Integer> spans(ScenarioMetrics s) {
        Map<String, Integer> m = new java.util.HashMap<>();
        s.spans().forEach(x -> m.put(x.key(), x.reports()));
        return m;
    }

    private static List<Map.Entry<String, List<Integer>>> divisions(ScenarioMetrics s) {
        return s.divisions().stream().map(d -> Map.entry(d.name(), d.perLayer())).toList();
    }
}
