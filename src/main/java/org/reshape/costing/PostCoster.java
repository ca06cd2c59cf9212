package org.reshape.costing;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.reshape.domain.CostSettings;
import org.reshape.domain.Grade;
import org.reshape.domain.Model;
import org.reshape.domain.Money;
import org.reshape.domain.NiRule;
import org.reshape.domain.PaySchedule;
import org.reshape.domain.PayTable;
import org.reshape.domain.Post;

/// Costs single posts by the rules in DESIGN.md, exactly:
///
/// - the period is cut at every pay award: each version of the grade's scale
///   in force costs the days it is in force (docs/decisions/0005);
/// - annual pay = the grade's amount on the basis × FTE, in each version;
/// - employer NI is per person: a team block's pay is shared by its headcount,
///   so NI = rate × max(0, pay − headcount × threshold), in each version;
/// - pension and levy are rates on pay;
/// - each component is the sum over the versions of its annual amount × days
///   in force ÷ days in the year (a fixed-term post stops at its end date), and
///   only then rounded half-up.
///
/// Posts with the same costing inputs cost the same, so results are memoised.
final class PostCoster {
    private static final MathContext MC = MathContext.DECIMAL128;

    private record Key(String gradeId, BigDecimal fte, int headcount, Integer point, LocalDate end) {
    }

    private record Amounts(Money base, Money salary, Money ni, Money pension, Money levy, boolean costed,
                           boolean payAssumed, String payNote) {
    }

    private static final Amounts NOT_COSTED = new Amounts(Money.ZERO, Money.ZERO, Money.ZERO, Money.ZERO, Money.ZERO, false, false, "");

    private final Model model;
    private final CostSettings settings;
    private final PaySchedule schedule;
    private final LocalDate from;
    private final LocalDate to;
    private final BigDecimal yearDays;
    /// concurrent: a comparison's costs are read on the JavaFX thread and by tasks alike
    private final Map<Key, Memo> memo = new java.util.concurrent.ConcurrentHashMap<>();

    /// Everything about a post's cost that its costing inputs decide, worked out once per inputs.
    private record Memo(Amounts amounts, boolean inPost, BigDecimal fteYears) {
    }

    /// @param from first day of the costed period, within the settings' financial year
    /// @param to   last day of the costed period
    PostCoster(Model model, CostSettings settings, PaySchedule schedule, LocalDate from, LocalDate to) {
        this.model = model;
        this.settings = settings;
        this.schedule = schedule;
        this.from = from;
        this.to = to;
        this.yearDays = BigDecimal.valueOf(settings.year().days());
    }

    PostCost cost(Post p) {
        Key key = new Key(p.gradeId(), p.fte(), p.headcount(), p.actualPoint(), p.fixedTermEnd());
        Memo m = memo.computeIfAbsent(key, k -> new Memo(compute(k), k.end() == null || !k.end().isBefore(from), fteYears(k)));
        Amounts a = m.amounts();
        return new PostCost(p, a.base, a.salary, a.ni, a.pension, a.levy, a.costed, a.payAssumed, a.payNote, m.inPost(), m.fteYears());
    }

    /// FTE × the days the post exists in the period ÷ the days of the year, rounded half-up to two places.
    private BigDecimal fteYears(Key k) {
        LocalDate end = k.end() != null && k.end().isBefore(to) ? k.end() : to;
        long days = Math.max(0, end.toEpochDay() - from.toEpochDay() + 1);
        return k.fte().multiply(BigDecimal.valueOf(days)).divide(yearDays, 2, java.math.RoundingMode.HALF_UP);
    }

    private Amounts compute(Key k) {
        Grade grade = model.grade(k.gradeId()).orElse(null);
        if (grade == null) {
            return NOT_COSTED;
        }
        LocalDate end = k.end() != null && k.end().isBefore(to) ? k.end() : to;
        List<PaySchedule.Span> spans = schedule.spans(grade.family(), from, end);
        if (spans.isEmpty()) {
            // not in post during the period: it costs nothing, but only if its grade has pay at all
            PayTable.Range r = rangeOn(grade, from);
            return r == null ? NOT_COSTED : new Amounts(amount(r, k.point()), Money.ZERO, Money.ZERO, Money.ZERO, Money.ZERO, true, false, "");
        }
        BigDecimal salary = BigDecimal.ZERO;
        BigDecimal ni = BigDecimal.ZERO;
        BigDecimal pension = BigDecimal.ZERO;
        BigDecimal levy = BigDecimal.ZERO;
        Money base = Money.ZERO;
        boolean assumed = false;
        Set<String> notes = new LinkedHashSet<>();
        NiRule rule = settings.ni();
        BigDecimal threshold = rule.threshold().toBigDecimal().multiply(BigDecimal.valueOf(k.headcount()));
        for (PaySchedule.Span span : spans) {
            PayTable.Range r = PayTable.rangeIn(grade, span.version(), new HashMap<>());
            if (r == null || r.max().isZero()) {
                return NOT_COSTED; // no pay, or pay not disclosed (£0 – £0): left out, never £0 in silence
            }
            base = amount(r, k.point());
            BigDecimal share = BigDecimal.valueOf(span.days()).divide(yearDays, MC);
            BigDecimal annual = base.toBigDecimal().multiply(k.fte(), MC);
            salary = salary.add(annual.multiply(share, MC), MC);
            BigDecimal above = annual.subtract(threshold);
            if (above.signum() > 0) {
                ni = ni.add(above.multiply(rule.rate(), MC).multiply(share, MC), MC);
            }
            pension = pension.add(annual.multiply(settings.pensionRate(), MC).multiply(share, MC), MC);
            levy = levy.add(annual.multiply(settings.levyRate(), MC).multiply(share, MC), MC);
            if (span.assumed()) {
                assumed = true;
                notes.add(span.note());
            }
        }
        String note = String.join("; ", new ArrayList<>(notes));
        if (!settings.onCosts()) {
            return new Amounts(base, Money.of(salary), Money.ZERO, Money.ZERO, Money.ZERO, true, assumed, note);
        }
        return new Amounts(base, Money.of(salary), Money.of(ni), Money.of(pension), Money.of(levy), true, assumed, note);
    }

    private PayTable.Range rangeOn(Grade grade, LocalDate on) {
        var v = schedule.inForce(grade.family(), on);
        return v == null ? null : PayTable.rangeIn(grade, v, new HashMap<>());
    }

    /// The grade's amount on the basis; the actual basis takes the holder's point
    /// where the scale has it, and the top of the grade otherwise.
    private Money amount(PayTable.Range range, Integer point) {
        return switch (settings.basis()) {
            case BOTTOM -> range.min();
            case MIDPOINT -> range.mid();
            case TOP -> range.max();
            case ACTUAL -> point == null ? range.max() : range.atPoint(point).orElse(range.max());
        };
    }
}
