package org.reshape.costing;

import java.math.BigDecimal;
import org.reshape.domain.Money;

/// A total over a group of posts (a division, a grade, or a whole scenario).
///
/// @param posts     posts in existence on the first day of the period (a fixed-term post that has ended is not counted)
/// @param fte       their FTE on that day
/// @param headcount their people on that day
/// @param fteYears  FTE × the share of the financial year each post exists in the period, to two places per post:
///                  what the money pays for, so a part-year or a fixed-term post still reconciles
public record CostLine(String id, String label, int posts, BigDecimal fte, int headcount, Money salary, Money ni,
                       Money pension, Money levy, BigDecimal fteYears) {

    public CostLine {
        // two places always, however the sum was reached (0 and 0.00 are one figure)
        fteYears = fteYears.setScale(2, java.math.RoundingMode.HALF_UP);
    }

    public static CostLine empty(String id, String label) {
        return new CostLine(id, label, 0, BigDecimal.ZERO, 0, Money.ZERO, Money.ZERO, Money.ZERO, Money.ZERO, BigDecimal.ZERO);
    }

    /// This line and another added together, under this line's id and the label given.
    public CostLine plus(CostLine o, String newLabel) {
        return new CostLine(id, newLabel, posts + o.posts, fte.add(o.fte), headcount + o.headcount, salary.plus(o.salary),
                ni.plus(o.ni), pension.plus(o.pension), levy.plus(o.levy), fteYears.add(o.fteYears));
    }

    public CostLine relabelled(String newId, String newLabel) {
        return new CostLine(newId, newLabel, posts, fte, headcount, salary, ni, pension, levy, fteYears);
    }

    public Money onCosts() {
        return ni.plus(pension).plus(levy);
    }

    public Money total() {
        return salary.plus(onCosts());
    }
}
