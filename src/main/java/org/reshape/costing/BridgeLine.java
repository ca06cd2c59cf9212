package org.reshape.costing;

import java.util.Set;
import org.reshape.change.ChangeKind;
import org.reshape.domain.Money;

/// One step from the base total to the proposal total: the cost effect of one
/// changed post key. The lines of a bridge add up to the net difference exactly.
///
/// @param explanation e.g. "regraded up: Chief Officer Band E → Chief Officer Band F"
/// @param source      where the post and its grades come from, with any assumption
/// @param assumed     the amount rests on an assumed grade or value
public record BridgeLine(String key, String title, Set<ChangeKind> kinds, String explanation, Money salary,
                         Money onCosts, String source, boolean assumed) {
    public Money total() {
        return salary.plus(onCosts);
    }
}
