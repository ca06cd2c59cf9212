package org.reshape.costing;

import java.util.List;
import org.reshape.change.ChangeList;
import org.reshape.domain.CostSettings;
import org.reshape.domain.Money;

/// A proposal costed against its base: both scenarios' costs, the rows of the
/// before-and-after tables, the net difference and the bridge that explains it.
///
/// @param period "full year 2024/25" or "part year from 1 April 2024"
public record Comparison(CostSettings settings, String period, ScenarioCost base, ScenarioCost proposal,
                         ChangeList changes, List<CostRow> byDivision, List<CostRow> byGrade, List<BridgeLine> bridge) {

    public Money difference() {
        return proposal.total().total().minus(base.total().total());
    }

    public Money salaryDifference() {
        return proposal.total().salary().minus(base.total().salary());
    }

    /// The sum of the bridge's lines; always equal to [#difference()].
    public Money bridgeTotal() {
        return bridge.stream().map(BridgeLine::total).reduce(Money.ZERO, Money::plus);
    }

    /// How much of the difference rests on assumed grades or values.
    public Money assumedPart() {
        return bridge.stream().filter(BridgeLine::assumed).map(BridgeLine::total).reduce(Money.ZERO, Money::plus);
    }
}
