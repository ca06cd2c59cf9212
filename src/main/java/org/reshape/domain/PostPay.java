package org.reshape.domain;

/// How a post is paid beyond its grade: an acting-up arrangement, an
/// honorarium, and the costing choices a finance officer makes per post.
///
/// @param actingFor   for an acting post, the key of the substantive post of the person acting up
///                    (in the same scenario), or empty. The post then costs the acting-up payment,
///                    not a second salary (docs/decisions/0011).
/// @param backfilled  the substantive post vacated by the person acting up is covered, at its full cost
/// @param honorarium  an honorarium paid on the post, or null
/// @param basis       this post's salary basis, overriding the costing policy, or null
/// @param actualSalary the holder's actual salary a year (1 FTE) where entered, for the actual basis, or null
public record PostPay(String actingFor, boolean backfilled, Honorarium honorarium, SalaryBasis basis, Money actualSalary) {

    public static final PostPay NONE = new PostPay("", false, null, null, null);

    public PostPay {
        actingFor = Checks.orEmpty(actingFor).strip();
        if (actualSalary != null && actualSalary.signum() <= 0) {
            throw new IllegalArgumentException("an actual salary of " + actualSalary.format() + " is refused: it must be more than £0");
        }
    }

    public boolean isActingUp() {
        return !actingFor.isEmpty();
    }

    public boolean isEmpty() {
        return equals(NONE);
    }

    public PostPay withActingFor(String key, boolean isBackfilled) {
        return new PostPay(key, isBackfilled, honorarium, basis, actualSalary);
    }

    public PostPay withHonorarium(Honorarium h) {
        return new PostPay(actingFor, backfilled, h, basis, actualSalary);
    }

    public PostPay withBasis(SalaryBasis b) {
        return new PostPay(actingFor, backfilled, honorarium, b, actualSalary);
    }

    public PostPay withActualSalary(Money m) {
        return new PostPay(actingFor, backfilled, honorarium, basis, m);
    }
}
