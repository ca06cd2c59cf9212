package org.reshape.io.json;

import java.util.List;

import org.reshape.domain.Consultation;
import org.reshape.domain.Contract;
import org.reshape.domain.DutyShare;
import org.reshape.domain.FamilyLeave;
import org.reshape.domain.Holding;
import org.reshape.domain.Match;
import org.reshape.domain.MatchKind;
import org.reshape.domain.PeoplePolicy;
import org.reshape.domain.Person;
import org.reshape.domain.Workforce;
import org.reshape.io.json.Dto.PeopleJson;
import org.reshape.io.json.Dto.PersonJson;

/// The `people` part of a model file → [Workforce], naming the JSON path of
/// anything wrong. Rules across people and posts (FTE, dates, equality values)
/// are [org.reshape.domain.ModelValidator]'s.
final class PeopleFromJson {
    private PeopleFromJson() {
    }

    static Workforce workforce(PeopleJson p, String at) {
        List<Person> people = ToDomain.list(p.people(), at + ".people", PeopleFromJson::person);
        List<Holding> holdings = ToDomain.list(p.holdings(), at + ".holdings", (h, here) -> ToDomain.build(here,
                () -> new Holding(ToDomain.required(h.person(), here + ".person"), ToDomain.required(h.post(), here + ".post"), h.fte())));
        List<Match> matches = ToDomain.list(p.matches(), at + ".matches", (m, here) -> ToDomain.build(here,
                () -> new Match(ToDomain.required(m.scenario(), here + ".scenario"), ToDomain.required(m.person(), here + ".person"),
                        ToDomain.required(m.post(), here + ".post"),
                        m.kind() == null ? MatchKind.SLOT_IN : ToDomain.enumValue(MatchKind.class, m.kind(), here + ".kind"))));
        List<DutyShare> shares = ToDomain.list(p.dutyShares(), at + ".dutyShares", (d, here) -> ToDomain.build(here,
                () -> new DutyShare(ToDomain.required(d.scenario(), here + ".scenario"), ToDomain.required(d.from(), here + ".from"),
                        ToDomain.required(d.to(), here + ".to"), percent(d.percent(), here + ".percent"))));
        List<Consultation> plans = ToDomain.list(p.consultations(), at + ".consultations", (c, here) -> ToDomain.build(here,
                () -> new Consultation(ToDomain.required(c.scenario(), here + ".scenario"), c.start(),
                        c.otherRedundancies() == null ? 0 : c.otherRedundancies(),
                        c.policyMinimumDays() == null ? 0 : c.policyMinimumDays())));
        PeoplePolicy d = PeoplePolicy.DEFAULT;
        var pj = p.policy();
        PeoplePolicy policy = pj == null ? d : new PeoplePolicy(
                pj.slotInPercent() == null ? d.slotInPercent() : percent(pj.slotInPercent(), at + ".policy.slotInPercent"),
                pj.slotInGradeSteps() == null ? d.slotInGradeSteps() : pj.slotInGradeSteps(),
                pj.suppressBelow() == null ? d.suppressBelow() : pj.suppressBelow(),
                pj.marginPercent() == null ? d.marginPercent() : percent(pj.marginPercent(), at + ".policy.marginPercent"));
        return new Workforce(people, holdings, matches, shares, plans, policy);
    }

    private static Person person(PersonJson p, String at) {
        String id = ToDomain.required(p.id(), at + ".id");
        Contract contract = p.contract() == null ? Contract.PERMANENT : ToDomain.enumValue(Contract.class, p.contract(), at + ".contract");
        FamilyLeave leave = p.leave() == null ? FamilyLeave.NONE : ToDomain.enumValue(FamilyLeave.class, p.leave(), at + ".leave");
        var salary = p.salary() == null ? null : ToDomain.money(p.salary(), at + ".salary");
        return ToDomain.build(at, () -> new Person(id, p.name(), p.employeeNumber(), contract, salary, p.spinalPoint(),
                p.serviceStart(), p.dateOfBirth(), p.noticeWeeks() == null ? 0 : p.noticeWeeks(), p.contractEnd(), leave,
                p.sex(), p.ethnicity(), p.disability()));
    }

    private static int percent(Integer v, String at) {
        if (v == null || v < 0 || v > 100) {
            throw new JsonProblem(at, "expected a whole number of per cent from 0 to 100, found " + v);
        }
        return v;
    }
}
