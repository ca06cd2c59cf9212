package org.reshape.store;

import static org.reshape.store.jooq.Tables.DIVISION;
import static org.reshape.store.jooq.Tables.GLOSSARY_ENTRY;
import static org.reshape.store.jooq.Tables.GRADE;
import static org.reshape.store.jooq.Tables.MODEL;
import static org.reshape.store.jooq.Tables.NI_RULE;
import static org.reshape.store.jooq.Tables.PAY_AWARD;
import static org.reshape.store.jooq.Tables.PAY_BAND;
import static org.reshape.store.jooq.Tables.PAY_POINT;
import static org.reshape.store.jooq.Tables.PAY_SCALE;
import static org.reshape.store.jooq.Tables.POST;
import static org.reshape.store.jooq.Tables.SCENARIO;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jooq.DSLContext;
import org.reshape.domain.CostSettings;
import org.reshape.domain.FinancialYear;
import org.reshape.domain.Model;
import org.reshape.domain.Money;
import org.reshape.domain.NiRule;
import org.reshape.domain.PayAward;
import org.reshape.domain.PayScale;
import org.reshape.store.jooq.tables.records.PayAwardRecord;
import org.reshape.domain.Post;
import org.reshape.domain.SalaryBasis;
import org.reshape.domain.Scenario;
import org.reshape.store.jooq.tables.records.ModelRecord;
import org.reshape.store.jooq.tables.records.PayBandRecord;
import org.reshape.store.jooq.tables.records.PayPointRecord;
import org.reshape.store.jooq.tables.records.PayScaleRecord;
import org.reshape.store.jooq.tables.records.PostRecord;
import org.reshape.store.jooq.tables.records.ScenarioRecord;

/// Reads a whole model back: one query per table, each in list order.
final class Reads {
    private Reads() {
    }

    static Optional<Model> model(DSLContext ctx, String id) {
        ModelRecord m = ctx.selectFrom(MODEL).where(MODEL.ID.eq(id)).fetchOne();
        if (m == null) {
            return Optional.empty();
        }
        Map<String, String> glossary = new HashMap<>();
        ctx.selectFrom(GLOSSARY_ENTRY).where(GLOSSARY_ENTRY.MODEL_ID.eq(id))
                .forEach(r -> glossary.put(r.getTerm(), r.getDefinition()));
        return Optional.of(new Model(m.getId(), m.getName(), m.getOrganisation(), m.getDirectorate(),
                ctx.selectFrom(DIVISION).where(DIVISION.MODEL_ID.eq(id)).orderBy(DIVISION.ORDINAL).fetch(Rows::division),
                payScales(ctx, id),
                ctx.selectFrom(GRADE).where(GRADE.MODEL_ID.eq(id)).orderBy(GRADE.ORDINAL).fetch(Rows::grade),
                scenarios(ctx, id), costSettings(ctx, m), glossary, PeopleRows.read(ctx, id)));
    }

    private static CostSettings costSettings(DSLContext ctx, ModelRecord m) {
        if (m.getSalaryBasis() == null) {
            return null;
        }
        Map<FinancialYear, NiRule> ni = new HashMap<>();
        ctx.selectFrom(NI_RULE).where(NI_RULE.MODEL_ID.eq(m.getId())).forEach(r -> ni.put(
                new FinancialYear(r.getStartYear()),
                new NiRule(Rows.loadedRate(r.getRate()), new Money(r.getThresholdPence()))));
        List<PayAward> awards = new ArrayList<>();
        for (PayAwardRecord r : ctx.selectFrom(PAY_AWARD).where(PAY_AWARD.MODEL_ID.eq(m.getId())).orderBy(PAY_AWARD.ORDINAL)) {
            awards.add(new PayAward(r.getFamily(), r.getEffectiveFrom(), r.getPercent(),
                    r.getFlatPence() == null ? null : new Money(r.getFlatPence()), r.getFlatToPoint(),
                    Rows.provenance(r.getProvSource(), r.getProvAssumption(), r.getProvAssumed(), "pay award " + r.getFamily())));
        }
        return new CostSettings(Rows.enumValue(SalaryBasis.class, m.getSalaryBasis(), "the cost settings"),
                new FinancialYear(m.getCostYear()), ni, Rows.loadedRate(m.getPensionRate()),
                Rows.loadedRate(m.getLevyRate()), m.getOnCosts(), awards);
    }

    private static List<PayScale> payScales(DSLContext ctx, String id) {
        Map<String, Map<Integer, Money>> points = new HashMap<>();
        for (PayPointRecord r : ctx.selectFrom(PAY_POINT).where(PAY_POINT.MODEL_ID.eq(id))) {
            points.computeIfAbsent(r.getScaleId(), k -> new HashMap<>()).put(r.getPoint(), new Money(r.getAmountPence()));
        }
        Map<String, Map<String, PayScale.Band>> bands = new HashMap<>();
        for (PayBandRecord r : ctx.selectFrom(PAY_BAND).where(PAY_BAND.MODEL_ID.eq(id))) {
            bands.computeIfAbsent(r.getScaleId(), k -> new HashMap<>())
                    .put(r.getCode(), new PayScale.Band(new Money(r.getMinPence()), new Money(r.getMaxPence())));
        }
        List<PayScale> scales = new ArrayList<>();
        for (PayScaleRecord r : ctx.selectFrom(PAY_SCALE).where(PAY_SCALE.MODEL_ID.eq(id)).orderBy(PAY_SCALE.ORDINAL)) {
            scales.add(new PayScale(r.getId(), r.getFamily(), r.getEffectiveFrom(), points.get(r.getId()),
                    bands.get(r.getId()), Rows.provenance(r.getProvSource(), r.getProvAssumption(), r.getProvAssumed(),
                    "pay scale " + r.getId())));
        }
        return scales;
    }

    private static List<Scenario> scenarios(DSLContext ctx, String id) {
        Map<String, List<Post>> posts = new HashMap<>();
        for (PostRecord r : ctx.selectFrom(POST).where(POST.MODEL_ID.eq(id)).orderBy(POST.SCENARIO_ID, POST.ORDINAL)) {
            posts.computeIfAbsent(r.getScenarioId(), k -> new ArrayList<>()).add(Rows.post(r));
        }
        List<Scenario> scenarios = new ArrayList<>();
        for (ScenarioRecord r : ctx.selectFrom(SCENARIO).where(SCENARIO.MODEL_ID.eq(id)).orderBy(SCENARIO.POSITION)) {
            scenarios.add(Rows.scenario(r, posts.getOrDefault(r.getId(), List.of())));
        }
        return scenarios;
    }

    /// Every model, most recently saved first.
    static List<ModelSummary> summaries(DSLContext ctx) {
        return ctx.select(MODEL.ID, MODEL.NAME, MODEL.UPDATED_AT).from(MODEL)
                .orderBy(MODEL.UPDATED_AT.desc(), MODEL.NAME)
                .fetch(r -> new ModelSummary(r.value1(), r.value2(), r.value3().toInstant()));
    }
}
