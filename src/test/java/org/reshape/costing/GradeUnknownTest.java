package org.reshape.costing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.reshape.domain.Model;
import org.reshape.domain.ModelValidator;
import org.reshape.domain.Money;
import org.reshape.domain.PayScale;
import org.reshape.domain.Problem;
import org.reshape.domain.Provenance;
import org.reshape.domain.Scenario;
import org.reshape.io.Samples;

/// A post with no grade yet is a valid state: it is left out of every total and
/// named on each total it would change, never costed at £0 in silence.
class GradeUnknownTest {
    private final Model bury = Samples.load("bury-cyp-2024");
    private final Scenario current = bury.scenario("current").orElseThrow();
    private final Scenario proposed = bury.scenario("proposed").orElseThrow();

    @Test
    void aNewPostWithNoGrade_isValid_leftOutOfTheTotals_andNamedInAWarning() {
        Scenario ungraded = proposed.with(proposed.post("DHVS").withGrade(""));
        Model m = bury.withScenario(ungraded);
        assertThat(ModelValidator.validate(m)).isEmpty();

        Costing costing = new Costing(m, m.costSettings());
        Comparison before = new Costing(bury, bury.costSettings()).compare(current, proposed);
        Comparison after = costing.compare(current, ungraded);
        assertThat(after.proposal().total().posts()).isEqualTo(before.proposal().total().posts() - 1);
        assertThat(after.proposal().total().fte()).isEqualByComparingTo(before.proposal().total().fte().subtract(java.math.BigDecimal.ONE));
        assertThat(after.warnings()).containsExactly("Deputy Head of Virtual School (DHVS) is left out of the Proposed structure total,"
                + " the difference and its recurrent part: grade unknown");
        BridgeLine line = after.recurrent().bridge().stream().filter(l -> l.key().equals("DHVS")).findFirst().orElseThrow();
        assertThat(line.total()).isEqualTo(Money.ZERO);
        assertThat(line.assumed()).isTrue();
        assertThat(line.source()).contains("not costed: grade unknown");
        assertThat(after.proposal().warnings()).singleElement().asString().contains("DHVS").contains("grade unknown");
        // the difference moves by exactly the cost the post had, and says why
        Money dhvs = before.proposal().post("DHVS").total();
        assertThat(after.difference()).isEqualTo(before.difference().minus(dhvs));
        assertThat(after.recurrent().bridgeTotal()).isEqualTo(after.recurrent().difference());
    }

    @Test
    void aPayAmountOfZeroOrLess_isRefused_namingTheScalePointAndDate() {
        List<PayScale> scales = new ArrayList<>(bury.payScales());
        PayScale njc = scales.stream().filter(s -> s.id().equals("njc-2024")).findFirst().orElseThrow();
        Map<Integer, Money> points = new java.util.TreeMap<>(njc.points());
        points.put(13, Money.ZERO);
        scales.set(scales.indexOf(njc), new PayScale(njc.id(), njc.family(), njc.effectiveFrom(), points, Map.of(), njc.provenance()));
        List<Problem> problems = ModelValidator.validate(bury.withPayScalesAndGrades(scales, bury.grades()));
        assertThat(problems).extracting(Problem::toString)
                .contains(new Problem("pay scale NJC from 1 April 2024, point 13", "the amount must be more than £0, not £0.00").toString());

        PayScale co = scales.stream().filter(s -> s.family().equals("Chief Officer")).findFirst().orElseThrow();
        Map<String, PayScale.Band> bands = new java.util.TreeMap<>(co.bands());
        bands.put("E", new PayScale.Band(Money.parse("-1"), Money.ofPounds(101_596)));
        scales.set(scales.indexOf(co), new PayScale(co.id(), co.family(), LocalDate.of(2023, 4, 1), Map.of(), bands, Provenance.NONE));
        assertThat(ModelValidator.validate(bury.withPayScalesAndGrades(scales, bury.grades()))).extracting(Problem::toString)
                .anySatisfy(p -> assertThat(p).contains("pay scale Chief Officer from 1 April 2023, band E")
                        .contains("must be more than £0, not −£1.00 – £101,596.00"));
    }
}
