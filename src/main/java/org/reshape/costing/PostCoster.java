package org.reshape.costing;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.reshape.domain.CostSettings;
import org.reshape.domain.Money;
import org.reshape.domain.NiRule;
import org.reshape.domain.PayTable;
import org.reshape.domain.Post;

/// Costs single posts by the rules in DESIGN.md, exactly:
///
/// - annual pay = the grade's amount on the basis × FTE;
/// - employer NI is per person: a team block's pay is shared by its headcount,
///   so NI = rate × max(0, pay − headcount × threshold);
/// - pension and levy are rates on pay;
/// - each component is multiplied by the share of the period the post exists
///   (a fixed-term post stops at its end date) and only then rounded half-up.
///
/// Posts with the same costing inputs cost the same, so results are memoised.
final class PostCoster {
    private static final MathContext MC = MathContext.DECIMAL128;

    private record Key(String gradeId, BigDecimal fte, int headcount, Integer point, LocalDate end) {
    }

    private record Amounts(Money base, Money salary, Money ni, Money pension, Money levy, boolean costed) {
    }

    private final CostSettings settings;
    private final PayTable pay;
    private final LocalDate from;
    private final LocalDate to;
    private final int yearDays;
    private final Map<Key, Amounts> memo = new HashMap<>();

    /// @param from first day of the costed period, within the settings' financial year
    /// @param to   last day of the costed period
    PostCoster(CostSettings settings, PayTable pay, LocalDate from, LocalDate to) {
        this.settings = settings;
        this.pay = pay;
        this.from = from;
        this.to = to;
        this.yearDays = settings.year().days();
    }

    PostCost cost(Post p) {
        Key key = new Key(p.gradeId(), p.fte(), p.headcount(), p.actualPoint(), p.fixedTermEnd());
        Amounts a = memo.computeIfAbsent(key, this::compute);
        return new PostCost(p, a.base, a.salary, a.ni, a.pension, a.levy, a.costed);
    }

    private Amounts compute(Key k) {
        var range = pay.range(k.gradeId()).orElse(null);
        if (range == null) {
            return new Amounts(Money.ZERO, Money.ZERO, Money.ZERO, Money.ZERO, Money.ZERO, false);
        }
        Money base = switch (settings.basis()) {
            case BOTTOM -> range.min();
            case MIDPOINT -> range.mid();
            case TOP -> range.max();
            case ACTUAL -> k.point() == null ? range.max() : range.atPoint(k.point()).orElse(range.max());
        };
        BigDecimal factor = factor(k.end());
        BigDecimal annual = base.toBigDecimal().multiply(k.fte(), MC);
        Money salary = Money.of(annual.multiply(factor, MC));
        if (!settings.onCosts()) {
            return new Amounts(base, salary, Money.ZERO, Money.ZERO, Money.ZERO, true);
        }
        NiRule ni = settings.ni();
        BigDecimal aboveThreshold = annual.subtract(ni.threshold().toBigDecimal().multiply(BigDecimal.valueOf(k.headcount())));
        Money niAmount = aboveThreshold.signum() <= 0 ? Money.ZERO
                : Money.of(aboveThreshold.multiply(ni.rate(), MC).multiply(factor, MC));
        Money pension = Money.of(annual.multiply(settings.pensionRate(), MC).multiply(factor, MC));
        Money levy = Money.of(annual.multiply(settings.levyRate(), MC).multiply(factor, MC));
        return new Amounts(base, salary, niAmount, pension, levy, true);
    }

    /// The share of the financial year that the post exists within the period.
    private BigDecimal factor(LocalDate fixedTermEnd) {
        LocalDate end = fixedTermEnd != null && fixedTermEnd.isBefore(to) ? fixedTermEnd : to;
        long days = end.toEpochDay() - from.toEpochDay() + 1;
        if (days <= 0) {
            return BigDecimal.ZERO;
        }
        if (days >= yearDays) {
            return BigDecimal.ONE;
        }
        return BigDecimal.valueOf(days).divide(BigDecimal.valueOf(yearDays), MC);
    }
}
