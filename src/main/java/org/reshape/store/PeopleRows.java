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

import org.jooq.DSLContext;
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

/// Writes and reads a model's [Workforce]. It is a short list (a directorate's
/// people, a few hundred at most), so a command that changes it replaces it
/// whole in its transaction, as divisions and grades are.
final class PeopleRows {
    private static final BigDecimal MAX_FTE = new BigDecimal("999999.999999");

    private PeopleRows() {
    }

    static void replace(DSLContext ctx, String modelId, Workforce w) {
        // Holdings and matches go with their people, by cascade.
        ctx.deleteFrom(PERSON).where(PERSON.MODEL_ID.eq(modelId)).execute();
        ctx.deleteFrom(DUTY_SHARE).where(DUTY_SHARE.MODEL_ID.eq(modelId)).execute();
        ctx.deleteFrom(CONSULTATION).where(CONSULTATION.MODEL_ID.eq(modelId)).execute();
        ctx.deleteFrom(PEOPLE_POLICY).where(PEOPLE_POLICY.MODEL_ID.eq(modelId)).execute();
        insert(ctx, modelId, w);
    }

    static void insert(DSLContext ctx, String modelId, Workforce w) {
        List<PersonRecord> people = new ArrayList<>();
        for (Person p : w.people()) {
            people.add(new PersonRecord(modelId, p.id(), people.size(), p.name(), p.employeeNumber(), p.contract().name(),
                    p.salary() == null ? null : p.salary().pence(), p.spinalPoint(), p.serviceStart(), p.dateOfBirth(),
                    p.noticeWeeks(), p.contractEnd(), p.leave().name(), p.sex(), p.ethnicity(), p.disability()));
        }
        Writes.insertAll(ctx, PERSON, people);
        List<HoldingRecord> holdings = new ArrayList<>();
        for (Holding h : w.holdings()) {
            holdings.add(new HoldingRecord(modelId, h.personId(), h.postKey(), holdings.size(), fte(h)));
        }
        Writes.insertAll(ctx, HOLDING, holdings);
        List<PersonMatchRecord> matches = new ArrayList<>();
        for (Match m : w.matches()) {
            matches.add(new PersonMatchRecord(modelId, m.scenarioId(), m.personId(), m.postKey(), matches.size(), m.kind().name()));
        }
        Writes.insertAll(ctx, PERSON_MATCH, matches);
        Writes.insertAll(ctx, DUTY_SHARE, w.dutyShares().stream()
                .map(d -> new DutyShareRecord(modelId, d.scenarioId(), d.fromKey(), d.toKey(), d.percent())).toList());
        Writes.insertAll(ctx, CONSULTATION, w.consultations().stream()
                .map(c -> new ConsultationRecord(modelId, c.scenarioId(), c.start(), c.otherRedundancies(), c.policyMinimumDays()))
                .toList());
        if (!w.policy().equals(PeoplePolicy.DEFAULT)) {
            PeoplePolicy p = w.policy();
            ctx.executeInsert(new PeoplePolicyRecord(modelId, p.slotInPercent(), p.slotInGradeSteps(), p.suppressBelow(),
                    p.marginPercent()));
        }
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
