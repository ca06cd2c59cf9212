package org.reshape.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ModelValidatorTest {

    @Test
    void validModel_hasNoProblems() {
        assertThat(ModelValidator.validate(TestModels.model(TestModels.baseline()))).isEmpty();
    }

    @Test
    void reportingLineCycle_isNamedWithTheTitles() {
        Scenario s = TestModels.baseline();
        s = s.with(s.post("ED").withManager("HOS"));
        List<Problem> problems = ModelValidator.validate(TestModels.model(s));
        assertThat(problems).extracting(Problem::toString).containsExactly(
                "scenario 'Current structure': reporting-line cycle: Executive Director (ED) → Head of Service (HOS) "
                        + "→ Director of Social Care (DSC) → Executive Director (ED)");
    }

    @Test
    void dottedLinesAndAssistants_thatMakeNoSense_areEachReported() {
        Scenario s = TestModels.baseline();
        Post hos = s.post("HOS");
        s = s.with(hos.withDesign(hos.design().withDottedManagers(List.of("HOS", "GONE", hos.managerKey()))))
                .with(s.post("ED").withDesign(PostDesign.NONE.withAssistant(true)));
        assertThat(ModelValidator.validate(TestModels.model(s))).extracting(Problem::toString).containsExactlyInAnyOrder(
                "scenario 'Current structure', post HOS (Head of Service): it cannot have a dotted line to itself",
                "scenario 'Current structure', post HOS (Head of Service): its dotted-line manager GONE is not in this scenario",
                "scenario 'Current structure', post HOS (Head of Service): its dotted-line manager DSC is already its line manager",
                "scenario 'Current structure', post ED (Executive Director): an assistant needs a line manager to sit beside");
    }

    @Test
    void unknownGrade_managerOutsideScenario_andNonPositiveFte_areEachReported() {
        Scenario s = TestModels.baseline();
        s = s.with(s.post("HOS").withGrade("co-z"))
                .with(s.post("DED").withManager("GONE"))
                .with(s.post("DSC").withFte(new BigDecimal("-1"), 1));
        assertThat(ModelValidator.validate(TestModels.model(s))).extracting(Problem::toString).containsExactlyInAnyOrder(
                "scenario 'Current structure', post HOS (Head of Service): unknown grade 'co-z'",
                "scenario 'Current structure', post DED (Director of Education): its line manager GONE is not in this scenario",
                "scenario 'Current structure', post DSC (Director of Social Care): FTE must be more than 0, not -1");
    }

    @Test
    void gradeMinimumAboveMaximum_isReported() {
        Model m = TestModels.model(TestModels.baseline());
        List<Grade> grades = new java.util.ArrayList<>(m.grades());
        grades.add(Grade.spinal("bad", "NJC Grade X", "NJC", 11, 7, Provenance.NONE));
        List<PayScale> scales = new java.util.ArrayList<>(m.payScales());
        scales.add(new PayScale("co-x", "Local", java.time.LocalDate.of(2023, 4, 1), Map.of(),
                Map.of("SM1", new PayScale.Band(Money.ofPounds(60_000), Money.ofPounds(55_000))), Provenance.NONE));
        Model bad = new Model(m.id(), m.name(), m.organisation(), m.directorate(), m.divisions(), scales, grades,
                m.scenarios(), m.costSettings(), m.glossary());
        assertThat(ModelValidator.validate(bad)).extracting(Problem::toString).contains(
                "grade NJC Grade X: minimum point 11 is above maximum point 7",
                "pay scale Local from 1 April 2023, band SM1: minimum £60,000 is above maximum £55,000");
    }

    @Test
    void wouldCycle_detectsAMoveUnderOwnReport() {
        Scenario s = TestModels.baseline();
        assertThat(ModelValidator.wouldCycle(s, "DSC", "BS")).isTrue();
        assertThat(ModelValidator.wouldCycle(s, "DSC", "DED")).isFalse();
    }

    @Test
    void requireValid_throwsWithEveryProblem() {
        Scenario s = TestModels.baseline();
        Scenario bad = s.with(s.post("HOS").withGrade("nope")).with(s.post("BS").withGrade("nope2"));
        assertThatThrownBy(() -> ModelValidator.requireValid(TestModels.model(bad)))
                .isInstanceOf(InvalidModelException.class)
                .hasMessageStartingWith("2 problems; the first: scenario 'Current structure', post HOS");
    }

    @Test
    void payTable_picksTheScaleVersionInForce() {
        Model m = TestModels.model(TestModels.baseline());
        assertThat(new PayTable(m, new FinancialYear(2024).start()).range("njc-4").orElseThrow().max())
                .isEqualTo(Money.ofPounds(27_269));
        assertThat(new PayTable(m, new FinancialYear(2023).start()).range("njc-4").orElseThrow().max())
                .isEqualTo(Money.ofPounds(25_979));
        assertThat(new PayTable(m, java.time.LocalDate.of(2020, 1, 1)).range("njc-4").orElseThrow().max())
                .as("before every version: the earliest").isEqualTo(Money.ofPounds(25_979));
    }

    @Test
    void money_formatsAndParsesAsAReportPrintsIt() {
        assertThat(Money.parse("£11,040.00").format()).isEqualTo("£11,040.00");
        assertThat(Money.parse("-9000").format()).isEqualTo("−£9,000.00");
        assertThat(Money.parse("9000.005").toPlainString()).isEqualTo("9000.01");
        assertThat(Money.ofPounds(11_040).formatSigned()).isEqualTo("+£11,040.00");
        assertThat(new Money(5).format()).isEqualTo("£0.05");
        assertThat(new Money(123_456_789).format()).isEqualTo("£1,234,567.89");
        assertThat(new Money(-100_000_000).format()).isEqualTo("−£1,000,000.00");
        assertThat(new Money(49).formatPounds()).isEqualTo("£0");
        assertThat(new Money(-50).formatPounds()).isEqualTo("−£1");
        assertThat(Money.ofPounds(93_102).formatPounds()).isEqualTo("£93,102");
        assertThat(FinancialYear.parse("2024/25").toString()).isEqualTo("2024/25");
        assertThat(FinancialYear.parse("2024-2025").startYear()).isEqualTo(2024);
        assertThat(org.assertj.core.api.Assertions.catchThrowable(() -> FinancialYear.parse("2024/26")))
                .hasMessage("'2024/26' is not a financial year: 2024 is followed by 25");
    }
}
