package org.reshape.io.json;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.reshape.domain.CostSettings;
import org.reshape.domain.Division;
import org.reshape.domain.Grade;
import org.reshape.domain.Model;
import org.reshape.domain.PayScale;
import org.reshape.domain.JobEvaluation;
import org.reshape.domain.Post;
import org.reshape.domain.Provenance;
import org.reshape.domain.Scenario;
import org.reshape.io.json.Dto.BandJson;
import org.reshape.io.json.Dto.CostSettingsJson;
import org.reshape.io.json.Dto.DivisionJson;
import org.reshape.io.json.Dto.EvaluationJson;
import org.reshape.io.json.Dto.FileJson;
import org.reshape.io.json.Dto.GradeJson;
import org.reshape.io.json.Dto.ModelJson;
import org.reshape.io.json.Dto.NiRuleJson;
import org.reshape.io.json.Dto.PayAwardJson;
import org.reshape.io.json.Dto.PayScaleJson;
import org.reshape.io.json.Dto.PostJson;
import org.reshape.io.json.Dto.ProvenanceJson;
import org.reshape.io.json.Dto.ScenarioJson;

/// Domain → file records. Empty strings and lists become `null` so that the
/// writer leaves them out: a file shows only what a model actually says.
final class FromDomain {
    private FromDomain() {
    }

    static FileJson file(Model m) {
        return new FileJson(ModelJsonCodec.FORMAT, ModelJsonCodec.VERSION, model(m));
    }

    static ModelJson model(Model m) {
        return new ModelJson(m.id(), m.name(), blankToNull(m.organisation()), blankToNull(m.directorate()),
                m.divisions().stream().map(FromDomain::division).toList(),
                m.payScales().stream().map(FromDomain::payScale).toList(),
                m.grades().stream().map(FromDomain::grade).toList(),
                m.scenarios().stream().map(FromDomain::scenario).toList(),
                m.costSettings() == null ? null : costSettings(m.costSettings()),
                m.glossary(), people(m.workforce()));
    }

    private static Dto.PeopleJson people(org.reshape.domain.Workforce w) {
        if (w.equals(org.reshape.domain.Workforce.EMPTY)) {
            return null;
        }
        var policy = w.policy();
        return new Dto.PeopleJson(
                w.people().stream().map(p -> new Dto.PersonJson(p.id(), blankToNull(p.name()), blankToNull(p.employeeNumber()),
                        lower(p.contract()), p.salary() == null ? null : p.salary().toPlainString(), p.spinalPoint(),
                        p.serviceStart(), p.dateOfBirth(), p.noticeWeeks() == 0 ? null : p.noticeWeeks(), p.contractEnd(),
                        p.leave() == org.reshape.domain.FamilyLeave.NONE ? null : lower(p.leave()), blankToNull(p.sex()),
                        blankToNull(p.ethnicity()), blankToNull(p.disability()))).toList(),
                w.holdings().stream().map(h -> new Dto.HoldingJson(h.personId(), h.postKey(), h.fte())).toList(),
                w.matches().stream().map(x -> new Dto.MatchJson(x.scenarioId(), x.personId(), x.postKey(), lower(x.kind()))).toList(),
                w.dutyShares().stream().map(d -> new Dto.DutyShareJson(d.scenarioId(), d.fromKey(), d.toKey(), d.percent())).toList(),
                w.consultations().stream().map(c -> new Dto.ConsultationJson(c.scenarioId(), c.start(), c.otherRedundancies(),
                        c.policyMinimumDays())).toList(),
                policy.equals(org.reshape.domain.PeoplePolicy.DEFAULT) ? null : new Dto.PolicyJson(policy.slotInPercent(),
                        policy.slotInGradeSteps(), policy.suppressBelow(), policy.marginPercent()));
    }

    private static DivisionJson division(Division d) {
        return new DivisionJson(d.id(), d.name(), d.colour(), d.renames().isEmpty() ? null : d.renames(),
                d.budget() == null ? null : d.budget().toPlainString());
    }

    private static PayScaleJson payScale(PayScale s) {
        // The domain keeps points in a sorted map, so the file lists them in point order.
        Map<String, String> points = new LinkedHashMap<>();
        s.points().forEach((point, amount) -> points.put(point.toString(), amount.toPlainString()));
        Map<String, BandJson> bands = new LinkedHashMap<>();
        s.bands().forEach((code, band) -> bands.put(code, new BandJson(band.min().toPlainString(), band.max().toPlainString())));
        return new PayScaleJson(s.id(), s.family(), s.effectiveFrom(), points, bands, provenance(s.provenance()));
    }

    private static GradeJson grade(Grade g) {
        // A banded grade has no points; writing "minPoint": 0 would only invite the question why.
        boolean noPoints = g.isBanded() && g.minPoint() == 0 && g.maxPoint() == 0;
        return new GradeJson(g.id(), g.name(), g.family(), noPoints ? null : g.minPoint(), noPoints ? null : g.maxPoint(),
                blankToNull(g.band()), provenance(g.provenance()));
    }

    private static ScenarioJson scenario(Scenario s) {
        return new ScenarioJson(s.id(), s.name(), blankToNull(s.baseId()), s.implementationDate(), s.locked(),
                s.posts().stream().map(FromDomain::post).toList());
    }

    private static PostJson post(Post p) {
        return new PostJson(p.key(), blankToNull(p.title()), blankToNull(p.divisionId()), blankToNull(p.managerKey()),
                blankToNull(p.gradeId()), p.fte(), p.headcount(), lower(p.occupancy()), blankToNull(p.holder()),
                p.fixedTermEnd(), blankToNull(p.responsibilities()), p.actualPoint(), p.replaces(), p.mappedFrom(),
                provenance(p.provenance()), blankToNull(p.notes()), p.isAssistant() ? Boolean.TRUE : null,
                p.design().dottedManagers(), p.design().roles(), evaluation(p.design().evaluation()),
                blankToNull(p.pay().actingFor()), p.pay().backfilled() ? Boolean.TRUE : null, honorarium(p.pay().honorarium()),
                p.pay().basis() == null ? null : lower(p.pay().basis()),
                p.pay().actualSalary() == null ? null : p.pay().actualSalary().toPlainString());
    }

    private static Dto.HonorariumJson honorarium(org.reshape.domain.Honorarium h) {
        return h == null ? null : new Dto.HonorariumJson(h.amount() == null ? null : h.amount().toPlainString(),
                h.percent() == null ? null : h.percent().toPlainString(), h.from(), h.to());
    }

    private static EvaluationJson evaluation(JobEvaluation e) {
        return e == null ? null : new EvaluationJson(blankToNull(e.scheme()), blankToNull(e.outcome()), e.date());
    }

    private static ProvenanceJson provenance(Provenance p) {
        if (p.equals(Provenance.NONE)) {
            return null;
        }
        // A set has no order; sorting by the enum keeps a saved file stable from one save to the next.
        List<String> assumed = p.assumed().stream().sorted().map(FromDomain::lower).toList();
        return new ProvenanceJson(blankToNull(p.source()), blankToNull(p.assumption()), assumed);
    }

    private static CostSettingsJson costSettings(CostSettings c) {
        List<NiRuleJson> ni = c.niRules().entrySet().stream()
                .map(e -> new NiRuleJson(e.getKey().toString(), plain(e.getValue().rate()),
                        e.getValue().threshold().toPlainString()))
                .toList();
        List<PayAwardJson> awards = c.awards().stream().map(a -> new PayAwardJson(a.family(), a.effectiveFrom(),
                plain(a.percent()), a.flat() == null ? null : a.flat().toPlainString(), a.flat() == null ? null : a.flatToPoint(),
                provenance(a.provenance()))).toList();
        return new CostSettingsJson(lower(c.basis()), c.year().toString(), ni, plain(c.pensionRate()),
                plain(c.levyRate()), c.onCosts(), awards.isEmpty() ? null : awards);
    }

    static String lower(Enum<?> e) {
        return e.name().toLowerCase(Locale.ROOT);
    }

    private static String plain(BigDecimal d) {
        return d.toPlainString();
    }

    private static String blankToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }
}
