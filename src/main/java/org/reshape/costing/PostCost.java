package org.reshape.costing;

import org.reshape.domain.Money;
import org.reshape.domain.Post;

/// One post's establishment cost for the period, each component already
/// rounded half-up to the penny, so that totals are sums of these.
///
/// @param annualBase the grade amount the post is costed at, per 1 FTE, in the last pay version of the period
/// @param costed     false when the post has no grade with pay (it then costs nothing, is left out of
///                   every total, and a warning says so)
/// @param payAssumed the pay rests on an assumed award (or on no award in the year)
/// @param payNote    which pay assumption, or empty
/// @param inPost     the post exists on the first day of the period (a fixed-term post that has ended does not)
/// @param fteYears   FTE × days it exists in the period ÷ days in the financial year, to two places
public record PostCost(Post post, Money annualBase, Money salary, Money ni, Money pension, Money levy, boolean costed,
                       boolean payAssumed, String payNote, boolean inPost, java.math.BigDecimal fteYears) {

    public Money onCosts() {
        return ni.plus(pension).plus(levy);
    }

    public Money total() {
        return salary.plus(onCosts());
    }

    /// Temporary: a fixed-term post, costed only in the year it falls; recurrent otherwise.
    public boolean temporary() {
        return post.fixedTermEnd() != null;
    }
}
