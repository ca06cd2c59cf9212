package org.reshape.costing;

import org.reshape.domain.Money;
import org.reshape.domain.Post;

/// One post's establishment cost for the period, each component already
/// rounded half-up to the penny, so that totals are sums of these.
///
/// @param annualBase the grade amount the post is costed at, per 1 FTE, before the period factor
/// @param costed     false when the post has no grade with pay (it then costs nothing, and a warning says so)
public record PostCost(Post post, Money annualBase, Money salary, Money ni, Money pension, Money levy, boolean costed) {

    public Money onCosts() {
        return ni.plus(pension).plus(levy);
    }

    public Money total() {
        return salary.plus(onCosts());
    }
}
