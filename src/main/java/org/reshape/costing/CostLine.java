package org.reshape.costing;

import java.math.BigDecimal;
import org.reshape.domain.Money;

/// A total over a group of posts (a division, a grade, or a whole scenario).
public record CostLine(String id, String label, int posts, BigDecimal fte, int headcount, Money salary, Money ni,
                       Money pension, Money levy) {

    public static CostLine empty(String id, String label) {
        return new CostLine(id, label, 0, BigDecimal.ZERO, 0, Money.ZERO, Money.ZERO, Money.ZERO, Money.ZERO);
    }

    public CostLine plus(PostCost c) {
        return new CostLine(id, label, posts + 1, fte.add(c.post().fte()), headcount + c.post().headcount(),
                salary.plus(c.salary()), ni.plus(c.ni()), pension.plus(c.pension()), levy.plus(c.levy()));
    }

    public Money onCosts() {
        return ni.plus(pension).plus(levy);
    }

    public Money total() {
        return salary.plus(onCosts());
    }
}
