package org.reshape.store;

import static org.reshape.store.jooq.Tables.POST;
import static org.reshape.store.jooq.Tables.SCENARIO;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.reshape.domain.CostSettings;
import org.reshape.domain.Division;
import org.reshape.domain.Grade;
import org.reshape.domain.PayScale;
import org.reshape.domain.Post;
import org.reshape.domain.Scenario;

/// [StoreTx] on a jOOQ context that is inside a transaction.
final class JooqTx implements StoreTx {
    private final DSLContext ctx;
    private final String modelId;
    private final String location;
    // Scenarios seen to exist in this transaction, so a 300-post move checks once.
    private final Set<String> knownScenarios = new HashSet<>();

    JooqTx(DSLContext ctx, String modelId, String location) {
        this.ctx = ctx;
        this.modelId = modelId;
        this.location = location;
    }

    @Override
    public String modelId() {
        return modelId;
    }

    @Override
    public void putPost(String scenarioId, Post post) {
        requireScenario(scenarioId);
        Integer ordinal = ordinalOf(scenarioId, post.key());
        if (ordinal != null) {
            ctx.executeUpdate(Rows.post(modelId, scenarioId, ordinal, post));
        } else {
            ctx.executeInsert(Rows.post(modelId, scenarioId, nextOrdinal(scenarioId), post));
        }
    }

    @Override
    public void putPost(String scenarioId, Post post, int index) {
        requireScenario(scenarioId);
        ctx.deleteFrom(POST).where(postIs(scenarioId, post.key())).execute();
        // Ordinals may have gaps after deletes, so find the one now at `index` and open a slot there.
        Integer at = ctx.select(POST.ORDINAL).from(POST).where(inScenario(scenarioId))
                .orderBy(POST.ORDINAL).offset(Math.max(0, index)).limit(1).fetchOne(POST.ORDINAL);
        if (at == null) {
            at = nextOrdinal(scenarioId);
        } else {
            ctx.update(POST).set(POST.ORDINAL, POST.ORDINAL.plus(1))
                    .where(inScenario(scenarioId), POST.ORDINAL.ge(at)).execute();
        }
        ctx.executeInsert(Rows.post(modelId, scenarioId, at, post));
    }

    @Override
    public void putPosts(String scenarioId, Collection<Post> posts) {
        for (Post p : posts) {
            putPost(scenarioId, p);
        }
    }

    @Override
    public void deletePost(String scenarioId, String key) {
        ctx.deleteFrom(POST).where(postIs(scenarioId, key)).execute();
    }

    @Override
    public void deletePosts(String scenarioId, Collection<String> keys) {
        if (!keys.isEmpty()) {
            ctx.deleteFrom(POST).where(inScenario(scenarioId), POST.POST_KEY.in(keys)).execute();
        }
    }

    @Override
    public void insertScenario(Scenario scenario, int index) {
        if (!Writes.insertScenario(ctx, modelId, scenario, index)) {
            throw new StoreException("Model " + modelId + " in " + location + " has a scenario " + scenario.id()
                    + " already; it may have been added elsewhere");
        }
        knownScenarios.add(scenario.id());
    }

    /// Inserts or replaces the scenario with all its posts: for [ModelStore#saveScenario], not for commands.
    void replaceScenario(Scenario scenario) {
        Writes.scenario(ctx, modelId, scenario);
        knownScenarios.add(scenario.id());
    }

    @Override
    public void putScenarioMeta(Scenario scenario) {
        if (!Writes.scenarioMeta(ctx, modelId, scenario)) {
            throw noScenario(scenario.id());
        }
    }

    @Override
    public void deleteScenario(String scenarioId) {
        ctx.deleteFrom(SCENARIO).where(SCENARIO.MODEL_ID.eq(modelId), SCENARIO.ID.eq(scenarioId)).execute();
        knownScenarios.remove(scenarioId);
    }

    @Override
    public void putCostSettings(CostSettings settings) {
        Writes.costSettings(ctx, modelId, settings);
    }

    @Override
    public void putDivisions(List<Division> divisions) {
        Writes.divisions(ctx, modelId, divisions);
    }

    @Override
    public void putDivision(Division division) {
        Writes.putDivision(ctx, modelId, division);
    }

    @Override
    public void deleteDivision(String divisionId) {
        Writes.deleteDivision(ctx, modelId, divisionId);
    }

    @Override
    public void putPayScale(PayScale payScale) {
        Writes.putPayScale(ctx, modelId, payScale);
    }

    @Override
    public void deletePayScale(String payScaleId) {
        Writes.deletePayScale(ctx, modelId, payScaleId);
    }

    @Override
    public void putGrade(Grade grade) {
        Writes.putGrade(ctx, modelId, grade);
    }

    @Override
    public void deleteGrade(String gradeId) {
        Writes.deleteGrade(ctx, modelId, gradeId);
    }

    @Override
    public void putGlossary(Map<String, String> glossary) {
        Writes.glossary(ctx, modelId, glossary);
    }

    @Override
    public void putPayScales(List<PayScale> payScales) {
        Writes.payScales(ctx, modelId, payScales);
    }

    @Override
    public void putGrades(List<Grade> grades) {
        Writes.grades(ctx, modelId, grades);
    }

    @Override
    public void putModelInfo(String name, String organisation, String directorate) {
        Writes.info(ctx, modelId, name, organisation, directorate);
    }

    private void requireScenario(String scenarioId) {
        if (knownScenarios.contains(scenarioId)) {
            return;
        }
        if (!ctx.fetchExists(SCENARIO, SCENARIO.MODEL_ID.eq(modelId), SCENARIO.ID.eq(scenarioId))) {
            throw noScenario(scenarioId);
        }
        knownScenarios.add(scenarioId);
    }

    private StoreException noScenario(String scenarioId) {
        return new StoreException("Model " + modelId + " in " + location + " has no scenario " + scenarioId
                + "; it may have been deleted");
    }

    private Integer ordinalOf(String scenarioId, String key) {
        return ctx.select(POST.ORDINAL).from(POST).where(postIs(scenarioId, key)).fetchOne(POST.ORDINAL);
    }

    private int nextOrdinal(String scenarioId) {
        Integer max = ctx.select(DSL.max(POST.ORDINAL)).from(POST).where(inScenario(scenarioId))
                .fetchOne(0, Integer.class);
        return max == null ? 0 : max + 1;
    }

    private Condition inScenario(String scenarioId) {
        return POST.MODEL_ID.eq(modelId).and(POST.SCENARIO_ID.eq(scenarioId));
    }

    private Condition postIs(String scenarioId, String key) {
        return inScenario(scenarioId).and(POST.POST_KEY.eq(key));
    }

    @Override
    public void putWorkforce(org.reshape.domain.Workforce workforce) {
        PeopleRows.replace(ctx, modelId, workforce);
    }
}
