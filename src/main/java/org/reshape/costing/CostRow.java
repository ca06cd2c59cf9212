package org.reshape.costing;

import java.math.BigDecimal;
import org.reshape.domain.Money;

/// One row of a before-and-after table: a division or grade in the base and in the proposal.
public record CostRow(String id, String label, CostLine base, CostLine proposal) {

    public Money salaryDifference() {
        return proposal.salary().minus(base.salary());
    }

    public Money totalDifference() {
        return proposal.total().minus(base.total());
    }

    public BigDecimal fteDifference() {
        return proposal.fte().subtract(base.fte());
    }

    public int postsDifference() {
        return proposal.posts() - base.posts();
    }
}
