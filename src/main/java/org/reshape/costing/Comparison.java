package org.reshape.costing;

import java.util.List;
import org.reshape.change.ChangeList;
import org.reshape.domain.CostSettings;
import org.reshape.domain.Money;

/// A proposal costed against its base: both scenarios' costs, the rows of the
/// before-and-after tables, the net difference and the bridge that explains it.
///
/// @param period   "full year 2024/25" or "part year from 1 April 2024"
/// @param parts    recurrent, temporary and one-off, in that order; they add up to the difference
/// @param warnings posts left out of the totals (grade unknown), each naming the totals it would change
public record Comparison(CostSettings settings, String period, ScenarioCost base, ScenarioCost proposal,
                         ChangeList changes, List<CostRow> byDivision, List<CostRow> byGrade, List<BridgeLine> bridge,
                         List<PartEffect> parts, List<String> warnings) {

    public PartEffect part(PartEffect.Part p) {
        return parts.stream().filter(e -> e.part() == p).findFirst().orElseThrow();
    }

    /// The ongoing, full-year effect: the headline.
    public PartEffect recurrent() {
        return part(PartEffect.Part.RECURRENT);
    }

    public PartEffect temporary() {
        return part(PartEffect.Part.TEMPORARY);
    }

    public PartEffect oneOff() {
        return part(PartEffect.Part.ONE_OFF);
    }

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
