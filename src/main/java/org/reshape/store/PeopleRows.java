package org.reshape.store;

import static org.reshape.store.jooq.Tables.CONSULTATION;
import static org.reshape.store.jooq.Tables.DUTY_SHARE;
import static org.reshape.store.jooq.Tables.HOLDING;
import static org.reshape.store.jooq.Tables.PEOPLE_POLICY;
import static org.reshape.store.jooq.Tables.PERSON;
import static org.reshape.store.jooq.Tables.PERSON_MATCH;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import java.util.HashMap;
import java.util.Map;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.Table;
import org.jooq.TableField;
import org.jooq.UpdatableRecord;
import org.reshape.domain.Consultation;
import org.reshape.domain.Contract;
import org.reshape.domain.DutyShare;
import org.reshape.domain.FamilyLeave;
import org.reshape.domain.Holding;
import org.reshape.domain.Match;
import org.reshape.domain.MatchKind;
import org.reshape.domain.Money;
import org.reshape.domain.PeoplePolicy;
import org.reshape.domain.Person;
import org.reshape.domain.Workforce;
import org.reshape.store.jooq.tables.records.ConsultationRecord;
import org.reshape.store.jooq.tables.records.DutyShareRecord;
import org.reshape.store.jooq.tables.records.HoldingRecord;
import org.reshape.store.jooq.tables.records.PeoplePolicyRecord;
import org.reshape.store.jooq.tables.records.PersonMatchRecord;
import org.reshape.store.jooq.tables.records.PersonRecord;

/// Writes and reads a model's [Workforce]. A command hands over the whole
/// workforce (a directorate's people, a few hundred at most); the rows are
/// compared with the stored ones and only those that differ are written, so
/// editing one person touches that person's rows and no others.
final class PeopleRows {
    private static final BigDecimal MAX_FTE = new BigDecimal("999999.999999");

    private PeopleRows() {
    }

    /// Makes the stored workforce equal to `w`, writing only the rows that differ.
    static void replace(DSLContext ctx, String modelId, Workforce w) {
        Rowset r = rows(modelId, w);
        // Children first, so a person deleted below has no holding or match left to cascade.
        deleteMissing(ctx, HOLDING, HOLDING.MODEL_ID.eq(modelId), r.holdings);
        deleteMissing(ctx, PERSON_MATCH, PERSON_MATCH.MODEL_ID.eq(modelId), r.matches);
        deleteMissing(ctx, PERSON, PERSON.MODEL_ID.eq(modelId), r.people);
        upsert(ctx, PERSON, PERSON.MODEL_ID.eq(modelId), r.people);
        upsert(ctx, HOLDING, HOLDING.MODEL_ID.eq(modelId), r.holdings);
        upsert(ctx, PERSON_MATCH, PERSON_MATCH.MODEL_ID.eq(modelId), r.matches);
        deleteMissing(ctx, DUTY_SHARE, DUTY_SHARE.MODEL_ID.eq(modelId), r.shares);
        upsert(ctx, DUTY_SHARE, DUTY_SHARE.MODEL_ID.eq(modelId), r.shares);
        deleteMissing(ctx, CONSULTATION, CONSULTATION.MODEL_ID.eq(modelId), r.plans);
        upsert(ctx, CONSULTATION, CONSULTATION.MODEL_ID.eq(modelId), r.plans);
        deleteMissing(ctx, PEOPLE_POLICY, PEOPLE_POLICY.MODEL_ID.eq(modelId), r.policy);
        upsert(ctx, PEOPLE_POLICY, PEOPLE_POLICY.MODEL_ID.eq(modelId), r.policy);
    }

    static void insert(DSLContext ctx, String modelId, Workforce w) {
        Rowset r = rows(modelId, w);
        Writes.insertAll(ctx, PERSON, r.people);
        Writes.insertAll(ctx, HOLDING, r.holdings);
        Writes.insertAll(ctx, PERSON_MATCH, r.matches);
        Writes.insertAll(ctx, DUTY_SHARE, r.shares);
        Writes.insertAll(ctx, CONSULTATION, r.plans);
        Writes.insertAll(ctx, PEOPLE_POLICY, r.policy);
    }

    private record Rowset(List<PersonRecord> people, List<HoldingRecord> holdings, List<PersonMatchRecord> matches,
                          List<DutyShareRecord> shares, List<ConsultationRecord> plans, List<PeoplePolicyRecord> policy) {
    }

    /// Deletes the stored rows (of the model) whose primary key `rows` does not have.
    private static <R extends UpdatableRecord<R>> void deleteMissing(DSLContext ctx, Table<R> table, Condition ofModel, List<R> rows) {
        Map<List<Object>, R> stored = stored(ctx, table, ofModel);
        rows.forEach(r -> stored.remove(key(table, r)));
        Writes.deleteAll(ctx, table, stored.values());
    }

    /// Inserts the rows not stored yet and updates those that differ from the stored ones; leaves equal rows alone.
    private static <R extends UpdatableRecord<R>> void upsert(DSLContext ctx, Table<R> table, Condition ofModel, List<R> rows) {
        Map<List<Object>, R> stored = stored(ctx, table, ofModel);
        List<R> inserts = new ArrayList<>();
        for (R r : rows) {
            R was = stored.get(key(table, r));
            if (was == null) {
                inserts.add(r);
            } else if (!same(was, r)) {
                ctx.executeUpdate(r);
            }
        }
        Writes.insertAll(ctx, table, inserts);
    }

    private static <R extends UpdatableRecord<R>> Map<List<Object>, R> stored(DSLContext ctx, Table<R> table, Condition ofModel) {
        Map<List<Object>, R> stored = new HashMap<>();
        for (R r : ctx.selectFrom(table).where(ofModel).fetch()) {
            stored.put(key(table, r), r);
        }
        return stored;
    }

    private static <R extends UpdatableRecord<R>> List<Object> key(Table<R> table, R r) {
        List<Object> k = new ArrayList<>();
        for (TableField<R, ?> f : table.getPrimaryKey().getFields()) {
            k.add(r.get(f));
        }
        return k;
    }

    /// Equal field by field; decimals by value (the column's scale pads what was stored).
    private static boolean same(Record a, Record b) {
        for (int i = 0; i < a.size(); i++) {
            Object x = a.get(i);
            Object y = b.get(i);
            if (x instanceof BigDecimal dx && y instanceof BigDecimal dy ? dx.compareTo(dy) != 0 : !java.util.Objects.equals(x, y)) {
                return false;
            }
        }
        return true;
    }

    private static Rowset rows(String modelId, Workforce w) {
        List<PersonRecord> people = new ArrayList<>();
        for (Person p : w.people()) {
            people.add(new PersonRecord(modelId, p.id(), people.size(), p.name(), p.employeeNumber(), p.contract().name(),
                    p.salary() == null ? null : p.salary().pence(), p.spinalPoint(), p.serviceStart(), p.dateOfBirth(),
                    p.noticeWeeks(), p.contractEnd(), p.leave().name(), p.sex(), p.ethnicity(), p.disability()));
        }
        List<HoldingRecord> holdings = new ArrayList<>();
        for (Holding h : w.holdings()) {
            holdings.add(new HoldingRecord(modelId, h.personId(), h.postKey(), holdings.size(), fte(h)));
        }
        List<PersonMatchRecord> matches = new ArrayList<>();
        for (Match m : w.matches()) {
            matches.add(new PersonMatchRecord(modelId, m.scenarioId(), m.personId(), m.postKey(), matches.size(), m.kind().name()));
        }
        List<DutyShareRecord> shares = w.dutyShares().stream()
                .map(d -> new DutyShareRecord(modelId, d.scenarioId(), d.fromKey(), d.toKey(), d.percent())).toList();
        List<ConsultationRecord> plans = w.consultations().stream()
                .map(c -> new ConsultationRecord(modelId, c.scenarioId(), c.start(), c.otherRedundancies(), c.policyMinimumDays()))
                .toList();
        PeoplePolicy p = w.policy();
        List<PeoplePolicyRecord> policy = p.equals(PeoplePolicy.DEFAULT) ? List.of() : List.of(new PeoplePolicyRecord(modelId,
                p.slotInPercent(), p.slotInGradeSteps(), p.suppressBelow(), p.marginPercent()));
        return new Rowset(people, holdings, matches, shares, plans, policy);
    }

    static Workforce read(DSLContext ctx, String modelId) {
        List<Person> people = ctx.selectFrom(PERSON).where(PERSON.MODEL_ID.eq(modelId)).orderBy(PERSON.ORDINAL)
                .fetch(PeopleRows::person);
        List<Holding> holdings = ctx.selectFrom(HOLDING).where(HOLDING.MODEL_ID.eq(modelId)).orderBy(HOLDING.ORDINAL)
                .fetch(r -> new Holding(r.getPersonId(), r.getPostKey(), Rows.loadedRate(r.getFte())));
        List<Match> matches = ctx.selectFrom(PERSON_MATCH).where(PERSON_MATCH.MODEL_ID.eq(modelId)).orderBy(PERSON_MATCH.ORDINAL)
                .fetch(r -> new Match(r.getScenarioId(), r.getPersonId(), r.getPostKey(),
                        Rows.enumValue(MatchKind.class, r.getKind(), "match of person " + r.getPersonId())));
        List<DutyShare> shares = ctx.selectFrom(DUTY_SHARE).where(DUTY_SHARE.MODEL_ID.eq(modelId))
                .orderBy(DUTY_SHARE.SCENARIO_ID, DUTY_SHARE.FROM_KEY, DUTY_SHARE.TO_KEY)
                .fetch(r -> new DutyShare(r.getScenarioId(), r.getFromKey(), r.getToKey(), r.getSharePercent()));
        List<Consultation> plans = ctx.selectFrom(CONSULTATION).where(CONSULTATION.MODEL_ID.eq(modelId))
                .orderBy(CONSULTATION.SCENARIO_ID)
                .fetch(r -> new Consultation(r.getScenarioId(), r.getStartDate(), r.getOtherRedundancies(), r.getPolicyMinimumDays()));
        PeoplePolicyRecord pr = ctx.selectFrom(PEOPLE_POLICY).where(PEOPLE_POLICY.MODEL_ID.eq(modelId)).fetchOne();
        PeoplePolicy policy = pr == null ? PeoplePolicy.DEFAULT : new PeoplePolicy(pr.getSlotInPercent(),
                pr.getSlotInGradeSteps(), pr.getSuppressBelow(), pr.getMarginPercent());
        return new Workforce(people, holdings, matches, shares, plans, policy);
    }

    private static Person person(PersonRecord r) {
        String where = "person " + r.getId();
        return new Person(r.getId(), r.getName(), r.getEmployeeNumber(), Rows.enumValue(Contract.class, r.getContract(), where),
                r.getSalaryPence() == null ? null : new Money(r.getSalaryPence()), r.getSpinalPoint(), r.getServiceStart(),
                r.getDateOfBirth(), r.getNoticeWeeks(), r.getContractEnd(),
                Rows.enumValue(FamilyLeave.class, r.getFamilyLeave(), where), r.getSex(), r.getEthnicity(), r.getDisability());
    }

    private static BigDecimal fte(Holding h) {
        if (h.fte().scale() > Rows.DECIMALS || h.fte().abs().compareTo(MAX_FTE) > 0) {
            throw new BadValue("person " + h.personId() + " holds post " + h.postKey() + " at FTE " + h.fte().toPlainString()
                    + ", which does not fit; Reshape stores FTE with " + Rows.DECIMALS + " decimal places");
        }
        return h.fte();
    }
}
