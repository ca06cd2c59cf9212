package org.reshape.costing;

import java.math.BigDecimal;
import org.reshape.domain.Money;

/// A total over a group of posts (a division, a grade, or a whole scenario).
public record CostLine(String id, String label, int posts, BigDecimal fte, int headcount, Money salary, Money ni,
                       Money pension, Money levy) {

    public static CostLine empty(String id, String label) {
        return new CostLine(id, label, 0, BigDecimal.ZERO, 0, Money.ZERO, Money.ZERO, Money.ZERO, Money.ZERO);
    }

    public Money onCosts() {
        return ni.plus(pension).plus(levy);
    }

    public Money total() {
        return salary.plus(onCosts());
    }
}
