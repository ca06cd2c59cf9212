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

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.jooq.BatchBindStep;
import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.TableField;
import org.jooq.UpdatableRecord;
import org.jooq.DSLContext;
import org.jooq.Table;
import org.jooq.TableRecord;
import org.jooq.impl.DSL;
import org.reshape.domain.CostSettings;
import org.reshape.domain.Division;
import org.reshape.domain.Grade;
import org.reshape.domain.Model;
import org.reshape.domain.PayAward;
import org.reshape.domain.PayScale;
import org.reshape.store.jooq.tables.records.PayAwardRecord;
import org.reshape.domain.Post;
import org.reshape.domain.Scenario;
import org.reshape.store.jooq.tables.records.DivisionRecord;
import org.reshape.store.jooq.tables.records.GlossaryEntryRecord;
import org.reshape.store.jooq.tables.records.GradeRecord;
import org.reshape.store.jooq.tables.records.NiRuleRecord;
import org.reshape.store.jooq.tables.records.PayBandRecord;
import org.reshape.store.jooq.tables.records.PayPointRecord;
import org.reshape.store.jooq.tables.records.PayScaleRecord;
import org.reshape.store.jooq.tables.records.PostRecord;

/// The statements that write a model's parts. Each runs inside the caller's
/// transaction. Short lists (divisions, grades, pay scales, NI rules, glossary)
/// are replaced whole, a delete and one batch insert; a scenario's posts, which
/// may number tens of thousands, are compared with the stored ones first.
final class Writes {
    private Writes() {
    }

    /// Inserts every row of `m`; no row of that id may exist.
    static void insertModel(DSLContext ctx, Model m, OffsetDateTime created, OffsetDateTime now) {
        ctx.insertInto(MODEL)
                .set(MODEL.ID, m.id())
                .set(MODEL.NAME, m.name())
                .set(MODEL.ORGANISATION, m.organisation())
                .set(MODEL.DIRECTORATE, m.directorate())
                .set(MODEL.CREATED_AT, created)
                .set(MODEL.UPDATED_AT, now)
                .execute();
        costSettings(ctx, m.id(), m.costSettings());
        glossary(ctx, m.id(), m.glossary());
        divisions(ctx, m.id(), m.divisions());
        payScales(ctx, m.id(), m.payScales());
        grades(ctx, m.id(), m.grades());
        for (int i = 0; i < m.scenarios().size(); i++) {
            Scenario s = m.scenarios().get(i);
            ctx.executeInsert(Rows.scenario(m.id(), i, s));
            insertPosts(ctx, m.id(), s.id(), s.posts(), 0);
        }
        PeopleRows.insert(ctx, m.id(), m.workforce());
    }

    static void info(DSLContext ctx, String modelId, String name, String organisation, String directorate) {
        if (name == null || name.isBlank()) {
            throw new StoreException("model " + modelId + " needs a name");
        }
        ctx.update(MODEL)
                .set(MODEL.NAME, name)
                .set(MODEL.ORGANISATION, organisation == null ? "" : organisation)
                .set(MODEL.DIRECTORATE, directorate == null ? "" : directorate)
                .where(MODEL.ID.eq(modelId))
                .execute();
    }

    static void costSettings(DSLContext ctx, String modelId, CostSettings cs) {
        ctx.update(MODEL)
                .set(MODEL.SALARY_BASIS, cs == null ? null : cs.basis().name())
                .set(MODEL.COST_YEAR, cs == null ? null : cs.year().startYear())
                .set(MODEL.PENSION_RATE, cs == null ? null : Rows.rate(cs.pensionRate(), "the pension rate"))
                .set(MODEL.LEVY_RATE, cs == null ? null : Rows.rate(cs.levyRate(), "the apprenticeship levy rate"))
                .set(MODEL.ON_COSTS, cs == null ? null : cs.onCosts())
                .where(MODEL.ID.eq(modelId))
                .execute();
        ctx.deleteFrom(NI_RULE).where(NI_RULE.MODEL_ID.eq(modelId)).execute();
        ctx.deleteFrom(PAY_AWARD).where(PAY_AWARD.MODEL_ID.eq(modelId)).execute();
        if (cs == null) {
            return;
        }
        List<PayAwardRecord> awards = new ArrayList<>();
        for (int i = 0; i < cs.awards().size(); i++) {
            PayAward a = cs.awards().get(i);
            awards.add(new PayAwardRecord(modelId, i, a.family(), a.effectiveFrom(), Rows.rate(a.percent(), "the " + a.label() + " award"),
                    a.flat() == null ? null : a.flat().pence(), a.flatToPoint(), a.provenance().source(),
                    a.provenance().assumption(), Rows.assumed(a.provenance())));
        }
        insertAll(ctx, PAY_AWARD, awards);
        List<NiRuleRecord> rows = new ArrayList<>();
        cs.niRules().forEach((year, rule) -> rows.add(new NiRuleRecord(modelId, year.startYear(),
                Rows.rate(rule.rate(), "the NI rate for " + year), rule.threshold().pence())));
        insertAll(ctx, NI_RULE, rows);
    }

    static void glossary(DSLContext ctx, String modelId, Map<String, String> glossary) {
        ctx.deleteFrom(GLOSSARY_ENTRY).where(GLOSSARY_ENTRY.MODEL_ID.eq(modelId)).execute();
        insertAll(ctx, GLOSSARY_ENTRY, glossary.entrySet().stream()
                .map(e -> new GlossaryEntryRecord(modelId, e.getKey(), e.getValue())).toList());
    }

    static void divisions(DSLContext ctx, String modelId, List<Division> divisions) {
        ctx.deleteFrom(DIVISION).where(DIVISION.MODEL_ID.eq(modelId)).execute();
        List<DivisionRecord> rows = new ArrayList<>();
        for (int i = 0; i < divisions.size(); i++) {
            rows.add(Rows.division(modelId, i, divisions.get(i)));
        }
        insertAll(ctx, DIVISION, rows);
    }

    /// Replaces the pay scales with their points and bands (which go with them, by cascade).
    static void payScales(DSLContext ctx, String modelId, List<PayScale> scales) {
        ctx.deleteFrom(PAY_SCALE).where(PAY_SCALE.MODEL_ID.eq(modelId)).execute();
        List<PayScaleRecord> rows = new ArrayList<>();
        List<PayPointRecord> points = new ArrayList<>();
        List<PayBandRecord> bands = new ArrayList<>();
        for (int i = 0; i < scales.size(); i++) {
            payScaleRows(modelId, i, scales.get(i), rows, points, bands);
        }
        insertAll(ctx, PAY_SCALE, rows);
        insertAll(ctx, PAY_POINT, points);
        insertAll(ctx, PAY_BAND, bands);
    }

    private static void payScaleRows(String modelId, int ordinal, PayScale s, List<PayScaleRecord> rows,
                                     List<PayPointRecord> points, List<PayBandRecord> bands) {
        rows.add(new PayScaleRecord(modelId, s.id(), ordinal, s.family(), s.effectiveFrom(), s.provenance().source(),
                s.provenance().assumption(), Rows.assumed(s.provenance())));
        s.points().forEach((point, amount) -> points.add(new PayPointRecord(modelId, s.id(), point, amount.pence())));
        s.bands().forEach((code, band) -> bands.add(new PayBandRecord(modelId, s.id(), code,
                band.min().pence(), band.max().pence())));
    }

    static void grades(DSLContext ctx, String modelId, List<Grade> grades) {
        ctx.deleteFrom(GRADE).where(GRADE.MODEL_ID.eq(modelId)).execute();
        List<GradeRecord> rows = new ArrayList<>();
        for (int i = 0; i < grades.size(); i++) {
            rows.add(Rows.grade(modelId, i, grades.get(i)));
        }
        insertAll(ctx, GRADE, rows);
    }

    /// Inserts or replaces a scenario and all its posts; a new scenario goes after the others.
    static void scenario(DSLContext ctx, String modelId, Scenario s) {
        Integer position = ctx.select(SCENARIO.POSITION).from(SCENARIO)
                .where(SCENARIO.MODEL_ID.eq(modelId), SCENARIO.ID.eq(s.id()))
                .fetchOne(SCENARIO.POSITION);
        if (position == null) {
            ctx.executeInsert(Rows.scenario(modelId, nextScenarioPosition(ctx, modelId), s));
            insertPosts(ctx, modelId, s.id(), s.posts(), 0);
        } else {
            scenarioMeta(ctx, modelId, s);
            replacePosts(ctx, modelId, s);
        }
    }

    /// Makes the stored posts of `s` equal to its posts, writing only rows that differ.
    /// A scenario saved whole usually differs from the stored one in a few posts, so
    /// comparing first (about 40 ms for 10,000 posts) saves rewriting thousands of rows.
    /// A changed row is deleted and inserted again rather than updated, so that one
    /// batch insert serves new and changed posts alike; measured on H2, an UPDATE of
    /// every column was within 20% of that.
    private static void replacePosts(DSLContext ctx, String modelId, Scenario s) {
        Map<String, PostRecord> stored = ctx.selectFrom(POST)
                .where(POST.MODEL_ID.eq(modelId), POST.SCENARIO_ID.eq(s.id()))
                .fetchMap(POST.POST_KEY);
        int storedCount = stored.size();
        List<PostRecord> all = new ArrayList<>(s.size()); // the new state, row by row
        List<PostRecord> writes = new ArrayList<>();
        List<PostRecord> deletes = new ArrayList<>();
        for (Post p : s.posts()) {
            int ordinal = all.size();
            PostRecord was = stored.remove(p.key());
            if (was != null && was.getOrdinal() == ordinal && Rows.post(was).equals(p)) {
                all.add(was);
                continue;
            }
            if (was != null) {
                deletes.add(was);
            }
            PostRecord now = Rows.post(modelId, s.id(), ordinal, p);
            writes.add(now);
            all.add(now);
        }
        deletes.addAll(stored.values()); // posts no longer in the scenario
        if (deletes.size() * 2 > storedCount) {
            // Mostly new: one set-based delete and a full insert beat thousands of single-row deletes.
            ctx.deleteFrom(POST).where(POST.MODEL_ID.eq(modelId), POST.SCENARIO_ID.eq(s.id())).execute();
            insertAll(ctx, POST, all);
        } else {
            deleteAll(ctx, POST, deletes);
            insertAll(ctx, POST, writes);
        }
    }

    /// Updates name, base, implementation date and lock; returns false if there is no such scenario.
    static boolean scenarioMeta(DSLContext ctx, String modelId, Scenario s) {
        return ctx.update(SCENARIO)
                .set(SCENARIO.NAME, s.name())
                .set(SCENARIO.BASE_ID, s.baseId())
                .set(SCENARIO.IMPLEMENTATION_DATE, s.implementationDate())
                .set(SCENARIO.LOCKED, s.locked())
                .where(SCENARIO.MODEL_ID.eq(modelId), SCENARIO.ID.eq(s.id()))
                .execute() > 0;
    }

    private static int nextScenarioPosition(DSLContext ctx, String modelId) {
        Integer max = ctx.select(DSL.max(SCENARIO.POSITION)).from(SCENARIO)
                .where(SCENARIO.MODEL_ID.eq(modelId)).fetchOne(0, Integer.class);
        return max == null ? 0 : max + 1;
    }

    // ---- one row at a time, for commands that touch a few (a budget, what an import brought)

    /// Updates the division where it stands, or adds it after the others.
    static void putDivision(DSLContext ctx, String modelId, Division d) {
        putRow(ctx, DIVISION, DIVISION.MODEL_ID, DIVISION.ID, DIVISION.ORDINAL, modelId, d.id(),
                ordinal -> Rows.division(modelId, ordinal, d));
    }

    static void deleteDivision(DSLContext ctx, String modelId, String id) {
        ctx.deleteFrom(DIVISION).where(DIVISION.MODEL_ID.eq(modelId), DIVISION.ID.eq(id)).execute();
    }

    /// Replaces the pay scale version (with its points and bands) where it stands, or adds it after the others.
    static void putPayScale(DSLContext ctx, String modelId, PayScale s) {
        Integer ordinal = ctx.select(PAY_SCALE.ORDINAL).from(PAY_SCALE)
                .where(PAY_SCALE.MODEL_ID.eq(modelId), PAY_SCALE.ID.eq(s.id())).fetchOne(PAY_SCALE.ORDINAL);
        if (ordinal == null) {
            ordinal = nextOrdinal(ctx, PAY_SCALE, PAY_SCALE.ORDINAL, PAY_SCALE.MODEL_ID.eq(modelId));
        } else {
            deletePayScale(ctx, modelId, s.id());
        }
        List<PayScaleRecord> rows = new ArrayList<>();
        List<PayPointRecord> points = new ArrayList<>();
        List<PayBandRecord> bands = new ArrayList<>();
        payScaleRows(modelId, ordinal, s, rows, points, bands);
        insertAll(ctx, PAY_SCALE, rows);
        insertAll(ctx, PAY_POINT, points);
        insertAll(ctx, PAY_BAND, bands);
    }

    static void deletePayScale(DSLContext ctx, String modelId, String id) {
        ctx.deleteFrom(PAY_SCALE).where(PAY_SCALE.MODEL_ID.eq(modelId), PAY_SCALE.ID.eq(id)).execute();
    }

    /// Updates the grade where it stands, or adds it after the others.
    static void putGrade(DSLContext ctx, String modelId, Grade g) {
        putRow(ctx, GRADE, GRADE.MODEL_ID, GRADE.ID, GRADE.ORDINAL, modelId, g.id(), ordinal -> Rows.grade(modelId, ordinal, g));
    }

    /// Updates the row of `id` where it stands (its ordinal kept), or inserts it after the others.
    private static <R extends UpdatableRecord<R>> void putRow(DSLContext ctx, Table<R> table, TableField<R, String> model,
                                                              TableField<R, String> idField, TableField<R, Integer> ordinal,
                                                              String modelId, String id, java.util.function.IntFunction<R> row) {
        Integer at = ctx.select(ordinal).from(table).where(model.eq(modelId), idField.eq(id)).fetchOne(ordinal);
        if (at != null) {
            ctx.executeUpdate(row.apply(at));
        } else {
            ctx.executeInsert(row.apply(nextOrdinal(ctx, table, ordinal, model.eq(modelId))));
        }
    }

    static void deleteGrade(DSLContext ctx, String modelId, String id) {
        ctx.deleteFrom(GRADE).where(GRADE.MODEL_ID.eq(modelId), GRADE.ID.eq(id)).execute();
    }

    /// Inserts a scenario that is not stored, with its posts, at `index` among the model's scenarios.
    /// @return false when a scenario of that id is stored already
    static boolean insertScenario(DSLContext ctx, String modelId, Scenario s, int index) {
        if (ctx.fetchExists(SCENARIO, SCENARIO.MODEL_ID.eq(modelId), SCENARIO.ID.eq(s.id()))) {
            return false;
        }
        Integer at = ctx.select(SCENARIO.POSITION).from(SCENARIO).where(SCENARIO.MODEL_ID.eq(modelId))
                .orderBy(SCENARIO.POSITION).offset(Math.max(0, index)).limit(1).fetchOne(SCENARIO.POSITION);
        if (at == null) {
            at = nextScenarioPosition(ctx, modelId);
        } else {
            ctx.update(SCENARIO).set(SCENARIO.POSITION, SCENARIO.POSITION.plus(1))
                    .where(SCENARIO.MODEL_ID.eq(modelId), SCENARIO.POSITION.ge(at)).execute();
        }
        ctx.executeInsert(Rows.scenario(modelId, at, s));
        insertPosts(ctx, modelId, s.id(), s.posts(), 0);
        return true;
    }

    private static <R extends Record> int nextOrdinal(DSLContext ctx, Table<R> table, Field<Integer> ordinal, Condition where) {
        Integer max = ctx.select(DSL.max(ordinal)).from(table).where(where).fetchOne(0, Integer.class);
        return max == null ? 0 : max + 1;
    }

    /// Inserts posts in their order with ordinals from `firstOrdinal` up, as one JDBC batch.
    static void insertPosts(DSLContext ctx, String modelId, String scenarioId, Iterable<Post> posts, int firstOrdinal) {
        List<PostRecord> rows = new ArrayList<>();
        int ordinal = firstOrdinal;
        for (Post p : posts) {
            rows.add(Rows.post(modelId, scenarioId, ordinal++, p));
        }
        insertAll(ctx, POST, rows);
    }

    /// One prepared statement, bound once per row and sent as one batch: rendering
    /// the SQL once instead of once a row is what keeps a 10,000-post save quick.
    static <R extends TableRecord<R>> void insertAll(DSLContext ctx, Table<R> table, List<R> rows) {
        if (rows.isEmpty()) {
            return;
        }
        BatchBindStep batch = ctx.batch(ctx.insertInto(table).columns(table.fields())
                .values(new Object[table.fields().length]));
        int width = table.fields().length;
        for (R r : rows) {
            // Record.intoArray() goes through jOOQ's reflective record mapper; this is a tenth of the cost.
            Object[] values = new Object[width];
            for (int i = 0; i < width; i++) {
                values[i] = r.get(i);
            }
            batch.bind(values);
        }
        batch.execute();
    }

    /// Deletes each row by its primary key, as one batch.
    static <R extends UpdatableRecord<R>> void deleteAll(DSLContext ctx, Table<R> table, Collection<R> rows) {
        if (rows.isEmpty()) {
            return;
        }
        List<TableField<R, ?>> key = table.getPrimaryKey().getFields();
        BatchBindStep batch = ctx.batch(ctx.deleteFrom(table).where(keyIs(key)));
        for (R r : rows) {
            batch.bind(key.stream().map(r::get).toArray());
        }
        batch.execute();
    }

    /// `k1 = ? and k2 = ? …`, the binds to be supplied per row.
    private static <R extends Record> Condition keyIs(List<TableField<R, ?>> key) {
        return DSL.and(key.stream().map(Writes::equalsBind).toList());
    }

    private static <T> Condition equalsBind(Field<T> f) {
        return f.eq(DSL.val(null, f));
    }
}
