package org.reshape.costing;

import org.reshape.domain.Money;
import org.reshape.domain.Post;

/// One post's establishment cost for the period, each component already
/// rounded half-up to the penny, so that totals are sums of these.
///
/// @param annualBase the grade amount the post is costed at, per 1 FTE, in the last pay version of the period
///                   (for a post filled by acting up, the acting-up payment a year)
/// @param costed     false when the post has no grade with pay (it then costs nothing, is left out of
///                   every total, and a warning says so)
/// @param payAssumed the pay rests on an assumed award (or on no award in the year)
/// @param payNote    which pay assumption, or empty
/// @param inPost     the post exists on the first day of the period (a fixed-term post that has ended does not)
/// @param fteYears   FTE × days it exists in the period ÷ days in the financial year, to two places
/// @param tempSalary  the time-limited share of the salary on a post that is otherwise recurrent (an honorarium
///                    with an end date); zero otherwise
/// @param tempOnCosts the on-costs of that share
/// @param costNote   how the post is costed beyond its grade: acting-up, backfill, honorarium; or empty
public record PostCost(Post post, Money annualBase, Money salary, Money ni, Money pension, Money levy, boolean costed,
                       boolean payAssumed, String payNote, boolean inPost, java.math.BigDecimal fteYears,
                       Money tempSalary, Money tempOnCosts, String costNote) {

    public Money onCosts() {
        return ni.plus(pension).plus(levy);
    }

    public Money total() {
        return salary.plus(onCosts());
    }

    /// Temporary: a fixed-term post, or one filled by acting up, costed only for the time it lasts; recurrent otherwise.
    public boolean temporary() {
        return post.fixedTermEnd() != null || post.pay().isActingUp();
    }

    /// The post's salary falling in one part: all of it in its own part, but for a time-limited honorarium on a recurrent post.
    public Money salary(PartEffect.Part part) {
        if (part == PartEffect.Part.ONE_OFF) {
            return Money.ZERO;
        }
        if (temporary()) {
            return part == PartEffect.Part.TEMPORARY ? salary : Money.ZERO;
        }
        return part == PartEffect.Part.TEMPORARY ? tempSalary : salary.minus(tempSalary);
    }

    public Money onCosts(PartEffect.Part part) {
        if (part == PartEffect.Part.ONE_OFF) {
            return Money.ZERO;
        }
        if (temporary()) {
            return part == PartEffect.Part.TEMPORARY ? onCosts() : Money.ZERO;
        }
        return part == PartEffect.Part.TEMPORARY ? tempOnCosts : onCosts().minus(tempOnCosts);
    }

    public Money total(PartEffect.Part part) {
        return salary(part).plus(onCosts(part));
    }

    /// Whether the post has a share in a part: its own part, or the temporary part for a time-limited honorarium.
    public boolean in(PartEffect.Part part) {
        return PartEffect.Part.of(this) == part || (part == PartEffect.Part.TEMPORARY && !tempSalary.plus(tempOnCosts).isZero());
    }
}
