package org.reshape.io.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/// The shape of a `.reshape.json` file, one record per JSON object, as
/// docs/model-format.md describes it. These records are all Jackson sees: the
/// domain stays free of annotations, and renaming a domain field cannot
/// silently change the file format.
///
/// Money and rates are strings so that no amount passes through a `double`;
/// every field is a reference type so that "missing" can be told from "zero".
final class Dto {
    private Dto() {
    }

    record FileJson(String format, Integer version, ModelJson model) {
    }

    record ModelJson(String id, String name, String organisation, String directorate, List<DivisionJson> divisions,
                     List<PayScaleJson> payScales, List<GradeJson> grades, List<ScenarioJson> scenarios,
                     CostSettingsJson costSettings, Map<String, String> glossary, PeopleJson people) {
    }

    record PeopleJson(List<PersonJson> people, List<HoldingJson> holdings, List<MatchJson> matches,
                      List<DutyShareJson> dutyShares, List<ConsultationJson> consultations, PolicyJson policy) {
    }

    record PersonJson(String id, String name, String employeeNumber, String contract, String salary, Integer spinalPoint,
                      LocalDate serviceStart, LocalDate dateOfBirth, Integer noticeWeeks, LocalDate contractEnd,
                      String leave, String sex, String ethnicity, String disability) {
    }

    record HoldingJson(String person, String post, BigDecimal fte) {
    }

    record MatchJson(String scenario, String person, String post, String kind) {
    }

    record DutyShareJson(String scenario, String from, String to, Integer percent) {
    }

    record ConsultationJson(String scenario, LocalDate start, Integer otherRedundancies, Integer policyMinimumDays) {
    }

    record PolicyJson(Integer slotInPercent, Integer slotInGradeSteps, Integer suppressBelow, Integer marginPercent) {
    }

    record DivisionJson(String id, String name, String colour, String renames, String budget) {
    }

    /// `points` maps a spinal point ("13") to an amount ("56976.00").
    record PayScaleJson(String id, String family, LocalDate effectiveFrom, Map<String, String> points,
                        Map<String, BandJson> bands, ProvenanceJson provenance) {
    }

    record BandJson(String min, String max) {
    }

    record GradeJson(String id, String name, String family, Integer minPoint, Integer maxPoint, String band,
                     ProvenanceJson provenance) {
    }

    /// `posts` is written even when empty (an import may make a scenario with no posts), since a reader requires it.
    record ScenarioJson(String id, String name, String baseId, LocalDate implementationDate, Boolean locked,
                        @JsonInclude(JsonInclude.Include.ALWAYS) List<PostJson> posts) {
    }

    record PostJson(String key, String title, String division, String manager, String grade, BigDecimal fte,
                    Integer headcount, String occupancy, String holder, LocalDate fixedTermEnd, String responsibilities,
                    Integer actualPoint, List<String> replaces, List<String> mappedFrom, ProvenanceJson provenance,
                    String notes, Boolean assistant, List<String> dottedManagers, List<String> roles,
                    EvaluationJson evaluation, String actingFor, Boolean backfilled, HonorariumJson honorarium,
                    String basis, String actualSalary) {
    }

    /// An honorarium: `amount` a year ("3000.00") or `percent` of salary as a rate ("0.1"), from and to dates.
    record HonorariumJson(String amount, String percent, LocalDate from, LocalDate to) {
    }

    record EvaluationJson(String scheme, String outcome, LocalDate date) {
    }

    record ProvenanceJson(String source, String assumption, List<String> assumed) {
    }

    record CostSettingsJson(String basis, String year, List<NiRuleJson> niRules, String pensionRate, String levyRate,
                            Boolean onCosts, List<PayAwardJson> payAwards) {
    }

    /// A pay award: `percent` as a rate ("0.032"), or a `flat` sum on points up to `flatToPoint` and `percent` above.
    record PayAwardJson(String family, LocalDate effectiveFrom, String percent, String flat, Integer flatToPoint,
                        ProvenanceJson provenance) {
    }

    record NiRuleJson(String year, String rate, String threshold) {
    }
}
