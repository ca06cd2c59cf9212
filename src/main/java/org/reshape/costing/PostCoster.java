package org.reshape.costing;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.reshape.domain.CostSettings;
import org.reshape.domain.Grade;
import org.reshape.domain.Honorarium;
import org.reshape.domain.Model;
import org.reshape.domain.Money;
import org.reshape.domain.NiRule;
import org.reshape.domain.PaySchedule;
import org.reshape.domain.PayTable;
import org.reshape.domain.Post;
import org.reshape.domain.PostPay;
import org.reshape.domain.SalaryBasis;
import org.reshape.domain.Scenario;

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
/// A post filled by acting up costs the acting-up payment — the acting grade's
/// salary at the policy point less the holder's current salary — with NI at
/// the holder's marginal rate, plus the vacated post's full cost when it is
/// backfilled; an honorarium adds its sum for the days it is paid, also at the
/// marginal rate (docs/decisions/0011).
///
/// Posts with the same costing inputs cost the same, so results are memoised.
final class PostCoster {
    private static final MathContext MC = MathContext.DECIMAL128;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    /// @param sub the substantive post of the person acting up, with only what its cost depends on, or null
    /// @param title the substantive post's title, which the acting post's cost note names; empty otherwise
    private record Key(String gradeId, BigDecimal fte, int headcount, Integer point, LocalDate end, PostPay pay, Key sub, String title) {
    }

    private record Amounts(Money base, Money salary, Money ni, Money pension, Money levy, boolean costed,
                           boolean payAssumed, String payNote, Money tempSalary, Money tempOnCosts, String costNote) {
    }

    private static final Amounts NOT_COSTED = new Amounts(Money.ZERO, Money.ZERO, Money.ZERO, Money.ZERO, Money.ZERO, false, false, "",
            Money.ZERO, Money.ZERO, "");

    /// Exact running sums of one post's components before rounding.
    private static final class Exact {
        BigDecimal salary = BigDecimal.ZERO;
        BigDecimal ni = BigDecimal.ZERO;
        BigDecimal pension = BigDecimal.ZERO;
        BigDecimal levy = BigDecimal.ZERO;

        void add(Exact o) {
            salary = salary.add(o.salary, MC);
            ni = ni.add(o.ni, MC);
            pension = pension.add(o.pension, MC);
            levy = levy.add(o.levy, MC);
        }
    }

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

    /// A post's cost; `in` is its scenario, where the substantive post of a person acting up is found.
    PostCost cost(Post p, Scenario in) {
        Post sub = p.pay().isActingUp() && in != null ? in.post(p.pay().actingFor()) : null;
        Key key = sub == null ? key(p, null, "") : key(p, key(sub, null, ""), sub.title());
        Memo m = memo.get(key);
        if (m == null) {
            m = new Memo(compute(p, sub), p.fixedTermEnd() == null || !p.fixedTermEnd().isBefore(from), fteYears(p));
            memo.put(key, m);
        }
        Amounts a = m.amounts();
        return new PostCost(p, a.base, a.salary, a.ni, a.pension, a.levy, a.costed, a.payAssumed, a.payNote, m.inPost(), m.fteYears(),
                a.tempSalary, a.tempOnCosts, a.costNote);
    }

    private static Key key(Post p, Key sub, String subTitle) {
        return new Key(p.gradeId(), p.fte(), p.headcount(), p.actualPoint(), p.fixedTermEnd(), p.pay(), sub, subTitle);
    }

    /// FTE × the days the post exists in the period ÷ the days of the year, rounded half-up to two places.
    private BigDecimal fteYears(Post p) {
        LocalDate end = endOf(p);
        long days = Math.max(0, end.toEpochDay() - from.toEpochDay() + 1);
        return p.fte().multiply(BigDecimal.valueOf(days)).divide(yearDays, 2, RoundingMode.HALF_UP);
    }

    private LocalDate endOf(Post p) {
        return p.fixedTermEnd() != null && p.fixedTermEnd().isBefore(to) ? p.fixedTermEnd() : to;
    }

    private SalaryBasis basisOf(Post p) {
        return p.pay().basis() != null ? p.pay().basis() : settings.basis();
    }

    private Amounts compute(Post p, Post sub) {
        Grade grade = model.grade(p.gradeId()).orElse(null);
        if (grade == null) {
            return NOT_COSTED;
        }
        LocalDate end = endOf(p);
        List<PaySchedule.Span> spans = schedule.spans(grade.family(), from, end);
        if (spans.isEmpty()) {
            // not in post during the period: it costs nothing, but only if its grade has pay at all
            PayTable.Range r = rangeOn(grade, from);
            return r == null ? NOT_COSTED : new Amounts(amount(r, p), Money.ZERO, Money.ZERO, Money.ZERO, Money.ZERO, true, false, "",
                    Money.ZERO, Money.ZERO, "");
        }
        Exact total = new Exact();
        Money base = Money.ZERO;
        Set<String> notes = new LinkedHashSet<>();
        List<String> costNotes = new ArrayList<>();
        boolean assumed = false;
        if (p.pay().isActingUp() && sub != null && model.grade(sub.gradeId()).isPresent()) {
            Acting acting = acting(p, sub, grade, model.grade(sub.gradeId()).orElseThrow(), end);
            if (acting == null) {
                return NOT_COSTED;
            }
            total.add(acting.exact);
            base = acting.payment;
            assumed = acting.assumed;
            notes.addAll(acting.notes);
            costNotes.add(acting.note);
            if (p.pay().backfilled()) {
                // covering the vacated post costs what that post costs, for the days of the acting-up
                Amounts cover = compute(sub.withOccupancy(sub.occupancy(), sub.holder(), end), null);
                if (!cover.costed) {
                    return NOT_COSTED;
                }
                total.salary = total.salary.add(cover.salary.toBigDecimal());
                total.ni = total.ni.add(cover.ni.toBigDecimal());
                total.pension = total.pension.add(cover.pension.toBigDecimal());
                total.levy = total.levy.add(cover.levy.toBigDecimal());
                costNotes.add("backfilled: " + sub.title() + " covered at its full cost, " + cover.salary.plus(cover.ni)
                        .plus(cover.pension).plus(cover.levy).format());
            } else {
                costNotes.add(sub.title() + " not backfilled");
            }
        } else {
            NiRule rule = settings.ni();
            BigDecimal threshold = rule.threshold().toBigDecimal().multiply(BigDecimal.valueOf(p.headcount()));
            for (PaySchedule.Span span : spans) {
                PayTable.Range r = PayTable.rangeIn(grade, span.version(), new HashMap<>());
                if (r == null || r.max().isZero()) {
                    return NOT_COSTED; // no pay, or pay not disclosed (£0 – £0): left out, never £0 in silence
                }
                base = amount(r, p);
                BigDecimal share = share(span.days());
                BigDecimal annual = base.toBigDecimal().multiply(p.fte(), MC);
                total.salary = total.salary.add(annual.multiply(share, MC), MC);
                BigDecimal above = annual.subtract(threshold);
                if (above.signum() > 0) {
                    total.ni = total.ni.add(above.multiply(rule.rate(), MC).multiply(share, MC), MC);
                }
                total.pension = total.pension.add(annual.multiply(settings.pensionRate(), MC).multiply(share, MC), MC);
                total.levy = total.levy.add(annual.multiply(settings.levyRate(), MC).multiply(share, MC), MC);
                if (span.assumed()) {
                    assumed = true;
                    notes.add(span.note());
                }
                if (actualMissing(r, p)) {
                    // the stated fallback, never silent: the line is marked assumed and says so
                    assumed = true;
                    notes.add("actual pay not entered for this post: costed at the top of grade (assumed)");
                }
            }
        }
        Exact temporary = new Exact();
        Honorarium h = p.pay().honorarium();
        if (h != null) {
            Exact extra = honorarium(p, h, grade, end);
            total.add(extra);
            if (h.temporary()) {
                temporary = extra;
            }
            costNotes.add(h.label());
        }
        String note = String.join("; ", new ArrayList<>(notes));
        String costNote = String.join("; ", costNotes);
        boolean on = settings.onCosts();
        Money salary = Money.of(total.salary);
        Money ni = on ? Money.of(total.ni) : Money.ZERO;
        Money pension = on ? Money.of(total.pension) : Money.ZERO;
        Money levy = on ? Money.of(total.levy) : Money.ZERO;
        // the temporary share is rounded on its own and the recurrent share is the rest, so the two add up to the post
        Money tempSalary = Money.of(temporary.salary);
        Money tempOnCosts = on ? Money.of(temporary.ni).plus(Money.of(temporary.pension)).plus(Money.of(temporary.levy)) : Money.ZERO;
        return new Amounts(base, salary, ni, pension, levy, true, assumed, note, tempSalary, tempOnCosts, costNote);
    }

    private BigDecimal share(long days) {
        return BigDecimal.valueOf(days).divide(yearDays, MC);
    }

    private record Acting(Exact exact, Money payment, boolean assumed, Set<String> notes, String note) {
    }

    /// The acting-up payment for the days of the acting-up, cut at every pay version of either grade's scale.
    private Acting acting(Post p, Post sub, Grade acting, Grade substantive, LocalDate end) {
        List<PaySchedule.Span> a = schedule.spans(acting.family(), from, end);
        List<PaySchedule.Span> s = schedule.spans(substantive.family(), from, end);
        TreeSet<LocalDate> cuts = new TreeSet<>();
        a.forEach(x -> cuts.add(x.from()));
        s.forEach(x -> cuts.add(x.from()));
        Exact exact = new Exact();
        Set<String> notes = new LinkedHashSet<>();
        boolean assumed = false;
        Money payment = Money.ZERO;
        String note = "";
        NiRule rule = settings.ni();
        BigDecimal threshold = rule.threshold().toBigDecimal();
        List<LocalDate> starts = new ArrayList<>(cuts);
        for (int i = 0; i < starts.size(); i++) {
            LocalDate day = starts.get(i);
            LocalDate last = i + 1 < starts.size() ? starts.get(i + 1).minusDays(1) : end;
            PaySchedule.Span as = spanOn(a, day);
            PaySchedule.Span ss = spanOn(s, day);
            PayTable.Range ar = PayTable.rangeIn(acting, as.version(), new HashMap<>());
            PayTable.Range sr = PayTable.rangeIn(substantive, ss.version(), new HashMap<>());
            if (ar == null || sr == null || ar.max().isZero() || sr.max().isZero()) {
                return null;
            }
            Money current = amount(sr, sub);
            Money actingSalary = ar.actingSalary(current);
            payment = actingSalary.minus(current);
            note = "acting-up payment " + payment.formatPounds() + " a year (" + acting.name() + " " + actingSalary.formatPounds()
                    + ", the lowest point above the holder's " + current.formatPounds() + " as " + sub.title() + ")";
            BigDecimal share = share(last.toEpochDay() - day.toEpochDay() + 1);
            BigDecimal pay = payment.toBigDecimal().multiply(p.fte(), MC);
            BigDecimal before = current.toBigDecimal().multiply(p.fte(), MC);
            exact.salary = exact.salary.add(pay.multiply(share, MC), MC);
            exact.ni = exact.ni.add(marginalNi(before, pay, threshold, rule.rate()).multiply(share, MC), MC);
            exact.pension = exact.pension.add(pay.multiply(settings.pensionRate(), MC).multiply(share, MC), MC);
            exact.levy = exact.levy.add(pay.multiply(settings.levyRate(), MC).multiply(share, MC), MC);
            for (PaySchedule.Span x : List.of(as, ss)) {
                if (x.assumed()) {
                    assumed = true;
                    notes.add(x.note());
                }
            }
        }
        return new Acting(exact, payment, assumed, notes, note);
    }

    /// Employer NI on `extra` paid on top of `pay` to one person: the rate on the part above the threshold, with no second threshold.
    private static BigDecimal marginalNi(BigDecimal pay, BigDecimal extra, BigDecimal threshold, BigDecimal rate) {
        BigDecimal with = pay.add(extra).subtract(threshold).max(BigDecimal.ZERO);
        BigDecimal without = pay.subtract(threshold).max(BigDecimal.ZERO);
        return with.subtract(without).multiply(rate, MC);
    }

    private static PaySchedule.Span spanOn(List<PaySchedule.Span> spans, LocalDate day) {
        for (PaySchedule.Span x : spans) {
            if (!day.isBefore(x.from()) && !day.isAfter(x.to())) {
                return x;
            }
        }
        return spans.getLast();
    }

    /// The honorarium for the days it is paid in the period, at the holder's marginal NI rate.
    private Exact honorarium(Post p, Honorarium h, Grade grade, LocalDate end) {
        Exact exact = new Exact();
        LocalDate first = h.from() != null && h.from().isAfter(from) ? h.from() : from;
        LocalDate last = h.to() != null && h.to().isBefore(end) ? h.to() : end;
        if (last.isBefore(first)) {
            return exact;
        }
        NiRule rule = settings.ni();
        BigDecimal threshold = rule.threshold().toBigDecimal().multiply(BigDecimal.valueOf(p.headcount()));
        for (PaySchedule.Span span : schedule.spans(grade.family(), first, last)) {
            PayTable.Range r = PayTable.rangeIn(grade, span.version(), new HashMap<>());
            if (r == null) {
                continue;
            }
            BigDecimal salary = amount(r, p).toBigDecimal().multiply(p.fte(), MC);
            BigDecimal annual = h.amount() != null ? h.amount().toBigDecimal() : salary.multiply(h.percent(), MC);
            BigDecimal share = share(span.days());
            exact.salary = exact.salary.add(annual.multiply(share, MC), MC);
            exact.ni = exact.ni.add(marginalNi(salary, annual, threshold, rule.rate()).multiply(share, MC), MC);
            exact.pension = exact.pension.add(annual.multiply(settings.pensionRate(), MC).multiply(share, MC), MC);
            exact.levy = exact.levy.add(annual.multiply(settings.levyRate(), MC).multiply(share, MC), MC);
        }
        return exact;
    }

    /// On the actual basis, the post has neither an actual salary nor a point its grade's scale has.
    private boolean actualMissing(PayTable.Range r, Post p) {
        return basisOf(p) == SalaryBasis.ACTUAL && p.pay().actualSalary() == null
                && (p.actualPoint() == null || r.atPoint(p.actualPoint()).isEmpty());
    }

    private PayTable.Range rangeOn(Grade grade, LocalDate on) {
        var v = schedule.inForce(grade.family(), on);
        return v == null ? null : PayTable.rangeIn(grade, v, new HashMap<>());
    }

    /// The grade's amount on the post's basis; the actual basis takes the holder's
    /// actual salary where entered, then their point where the scale has it, and
    /// the top of the grade otherwise.
    private Money amount(PayTable.Range range, Post p) {
        return switch (basisOf(p)) {
            case BOTTOM -> range.min();
            case MIDPOINT -> range.mid();
            case TOP -> range.max();
            case ACTUAL -> p.pay().actualSalary() != null ? p.pay().actualSalary()
                    : p.actualPoint() == null ? range.max() : range.atPoint(p.actualPoint()).orElse(range.max());
        };
    }
}
