package org.reshape.store;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.reshape.domain.Division;
import org.reshape.domain.Grade;
import org.reshape.domain.Money;
import org.reshape.domain.Occupancy;
import org.reshape.domain.JobEvaluation;
import org.reshape.domain.Post;
import org.reshape.domain.Honorarium;
import org.reshape.domain.PostDesign;
import org.reshape.domain.PostPay;
import org.reshape.domain.SalaryBasis;
import org.reshape.domain.PostField;
import org.reshape.domain.Provenance;
import org.reshape.domain.Scenario;
import org.reshape.store.jooq.tables.records.DivisionRecord;
import org.reshape.store.jooq.tables.records.GradeRecord;
import org.reshape.store.jooq.tables.records.PostRecord;
import org.reshape.store.jooq.tables.records.ScenarioRecord;

/// Converts between domain objects and jOOQ records, both ways, so that each
/// column is named in one place. Values the schema cannot hold exactly are
/// refused here rather than rounded by the database.
final class Rows {
    /// DECIMAL(12, 6) for FTE and DECIMAL(9, 6) for rates.
    static final int DECIMALS = 6;
    private static final BigDecimal MAX_FTE = new BigDecimal("999999.999999");
    private static final String[] NO_STRINGS = {};

    private Rows() {
    }

    static PostRecord post(String modelId, String scenarioId, int ordinal, Post p) {
        PostRecord r = new PostRecord();
        r.setModelId(modelId);
        r.setScenarioId(scenarioId);
        r.setPostKey(p.key());
        r.setOrdinal(ordinal);
        r.setTitle(p.title());
        r.setDivisionId(p.divisionId());
        r.setManagerKey(p.managerKey());
        r.setGradeId(p.gradeId());
        r.setFte(fte(p));
        r.setHeadcount(p.headcount());
        r.setOccupancy(p.occupancy().name());
        r.setHolder(p.holder());
        r.setFixedTermEnd(p.fixedTermEnd());
        r.setResponsibilities(p.responsibilities());
        r.setActualPoint(p.actualPoint());
        r.setReplaces(p.replaces().toArray(NO_STRINGS));
        r.setMappedFrom(p.mappedFrom().toArray(NO_STRINGS));
        r.setProvSource(p.provenance().source());
        r.setProvAssumption(p.provenance().assumption());
        r.setProvAssumed(assumed(p.provenance()));
        r.setNotes(p.notes());
        r.setAssistant(p.design().assistant());
        r.setDottedManagers(p.design().dottedManagers().toArray(NO_STRINGS));
        r.setRoles(p.design().roles().toArray(NO_STRINGS));
        JobEvaluation je = p.design().evaluation();
        r.setJeScheme(je == null ? "" : je.scheme());
        r.setJeOutcome(je == null ? "" : je.outcome());
        r.setJeDate(je == null ? null : je.date());
        PostPay pay = p.pay();
        r.setActingFor(pay.actingFor());
        r.setBackfilled(pay.backfilled());
        Honorarium h = pay.honorarium();
        r.setHonorariumAmount(h == null || h.amount() == null ? null : h.amount().toBigDecimal());
        r.setHonorariumPercent(h == null ? null : h.percent());
        r.setHonorariumFrom(h == null ? null : h.from());
        r.setHonorariumTo(h == null ? null : h.to());
        r.setBasis(pay.basis() == null ? "" : pay.basis().name());
        r.setActualSalary(pay.actualSalary() == null ? null : pay.actualSalary().toBigDecimal());
        return r;
    }

    static Post post(PostRecord r) {
        String where = "post " + r.getPostKey() + " of scenario " + r.getScenarioId();
        return new Post(r.getPostKey(), r.getTitle(), r.getDivisionId(), r.getManagerKey(), r.getGradeId(),
                r.getFte(), r.getHeadcount(), enumValue(Occupancy.class, r.getOccupancy(), where),
                r.getHolder(), r.getFixedTermEnd(), r.getResponsibilities(), r.getActualPoint(),
                list(r.getReplaces()), list(r.getMappedFrom()),
                provenance(r.getProvSource(), r.getProvAssumption(), r.getProvAssumed(), where), r.getNotes(),
                design(r), pay(r, where));
    }

    private static PostPay pay(PostRecord r, String where) {
        try {
            Honorarium h = r.getHonorariumAmount() == null && r.getHonorariumPercent() == null ? null
                    : new Honorarium(r.getHonorariumAmount() == null ? null : Money.of(r.getHonorariumAmount()), r.getHonorariumPercent(),
                    r.getHonorariumFrom(), r.getHonorariumTo());
            return new PostPay(r.getActingFor(), Boolean.TRUE.equals(r.getBackfilled()), h,
                    r.getBasis().isEmpty() ? null : enumValue(SalaryBasis.class, r.getBasis(), where),
                    r.getActualSalary() == null ? null : Money.of(r.getActualSalary()));
        } catch (IllegalArgumentException e) {
            throw new BadValue(where + ": " + e.getMessage());
        }
    }

    private static PostDesign design(PostRecord r) {
        boolean evaluated = !r.getJeScheme().isEmpty() || !r.getJeOutcome().isEmpty() || r.getJeDate() != null;
        return new PostDesign(Boolean.TRUE.equals(r.getAssistant()), list(r.getDottedManagers()), list(r.getRoles()),
                evaluated ? new JobEvaluation(r.getJeScheme(), r.getJeOutcome(), r.getJeDate()) : null);
    }

    static ScenarioRecord scenario(String modelId, int position, Scenario s) {
        ScenarioRecord r = new ScenarioRecord();
        r.setModelId(modelId);
        r.setId(s.id());
        r.setPosition(position);
        r.setName(s.name());
        r.setBaseId(s.baseId());
        r.setImplementationDate(s.implementationDate());
        r.setLocked(s.locked());
        return r;
    }

    static Scenario scenario(ScenarioRecord r, List<Post> posts) {
        return new Scenario(r.getId(), r.getName(), r.getBaseId(), r.getImplementationDate(), r.getLocked(), posts);
    }

    static DivisionRecord division(String modelId, int ordinal, Division d) {
        DivisionRecord r = new DivisionRecord();
        r.setModelId(modelId);
        r.setId(d.id());
        r.setOrdinal(ordinal);
        r.setName(d.name());
        r.setColour(d.colour());
        r.setRenames(d.renames());
        r.setBudgetPence(d.budget() == null ? null : d.budget().pence());
        return r;
    }

    static Division division(DivisionRecord r) {
        return new Division(r.getId(), r.getName(), r.getColour(), r.getRenames(),
                r.getBudgetPence() == null ? null : new Money(r.getBudgetPence()));
    }

    static GradeRecord grade(String modelId, int ordinal, Grade g) {
        GradeRecord r = new GradeRecord();
        r.setModelId(modelId);
        r.setId(g.id());
        r.setOrdinal(ordinal);
        r.setName(g.name());
        r.setFamily(g.family());
        r.setMinPoint(g.minPoint());
        r.setMaxPoint(g.maxPoint());
        r.setBand(g.band());
        r.setProvSource(g.provenance().source());
        r.setProvAssumption(g.provenance().assumption());
        r.setProvAssumed(assumed(g.provenance()));
        return r;
    }

    static Grade grade(GradeRecord r) {
        return new Grade(r.getId(), r.getName(), r.getFamily(), r.getMinPoint(), r.getMaxPoint(), r.getBand(),
                provenance(r.getProvSource(), r.getProvAssumption(), r.getProvAssumed(), "grade " + r.getId()));
    }

    /// The assumed fields in declaration order, so the same set is always stored the same way.
    static String[] assumed(Provenance p) {
        if (p.assumed().isEmpty()) {
            return NO_STRINGS; // most values are not assumed; skip the stream for them
        }
        return p.assumed().stream().sorted().map(Enum::name).toArray(String[]::new);
    }

    static Provenance provenance(String source, String assumption, String[] assumed, String where) {
        Set<PostField> fields = EnumSet.noneOf(PostField.class);
        for (String name : assumed) {
            fields.add(enumValue(PostField.class, name, where));
        }
        return new Provenance(source, assumption, fields);
    }

    /// A rate such as 0.211, checked to fit DECIMAL(9, 6) exactly.
    static BigDecimal rate(BigDecimal rate, String what) {
        if (rate.stripTrailingZeros().scale() > DECIMALS) {
            throw new BadValue(what + " " + rate.toPlainString() + " has more than " + DECIMALS
                    + " decimal places; Reshape stores rates to " + DECIMALS + " places (0.0001%)");
        }
        return rate;
    }

    /// Rates come back at the column's scale (0.211000); the domain's own defaults are
    /// written without trailing zeros (0.211), so a value reads back equal to them.
    static BigDecimal loadedRate(BigDecimal stored) {
        return stored.signum() == 0 ? BigDecimal.ZERO : stored.stripTrailingZeros();
    }

    private static BigDecimal fte(Post p) {
        BigDecimal fte = p.fte();
        if (fte.scale() > DECIMALS || fte.abs().compareTo(MAX_FTE) > 0) {
            throw new BadValue("post " + p.key() + " has FTE " + fte.toPlainString()
                    + ", which does not fit; Reshape stores FTE up to 999,999 with " + DECIMALS + " decimal places");
        }
        return fte;
    }

    static <E extends Enum<E>> E enumValue(Class<E> type, String name, String where) {
        try {
            return Enum.valueOf(type, name);
        } catch (IllegalArgumentException e) {
            throw new BadValue(where + " has '" + name + "' where one of "
                    + Arrays.toString(type.getEnumConstants()) + " was expected; was the file written by a newer Reshape?");
        }
    }

    private static List<String> list(String[] values) {
        return values == null ? List.of() : Arrays.asList(values); // Post makes its own copy
    }
}
