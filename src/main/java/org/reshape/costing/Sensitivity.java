package org.reshape.costing;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.reshape.domain.CostSettings;
import org.reshape.domain.Grade;
import org.reshape.domain.Model;
import org.reshape.domain.Money;
import org.reshape.domain.Occupancy;
import org.reshape.domain.Post;
import org.reshape.domain.SalaryBasis;
import org.reshape.domain.Scenario;

/// How far the difference depends on assumptions: the part carried by bridge
/// lines that rest on assumed grades or values, the difference costed at the
/// bottom, midpoint and top of every grade, and — so a user sees which
/// assumption moves the headline and by how much — the recurrent effect
/// re-run with one group of posts (filled, vacant, new) or the posts of one
/// assumed grade at the bottom and at the top of grade, everything else as set.
///
/// @param recurrent the recurrent effect as costed
/// @param groups    one row per group and per assumed grade that has posts
public record Sensitivity(Money difference, Money assumedPart, Money atBottom, Money atMidpoint, Money atTop,
                          Money recurrent, List<Row> groups) {

    /// The recurrent effect with `label`'s posts at the bottom and at the top of their grades.
    public record Row(String label, int posts, Money recurrentAtBottom, Money recurrentAtTop) {
        /// How far the recurrent effect can move on this assumption: top less bottom.
        public Money spread() {
            return recurrentAtTop.minus(recurrentAtBottom);
        }
    }

    static final int MAX_GRADES = 8;

    public Sensitivity {
        groups = List.copyOf(groups);
    }

    public static Sensitivity of(Model model, Scenario base, Scenario proposal, CostSettings settings) {
        Comparison c = new Costing(model, settings).compare(base, proposal);
        List<Row> rows = new ArrayList<>();
        group(rows, "Filled posts", model, base, proposal, settings, p -> p.occupancy() != Occupancy.VACANT && base.contains(p.key()));
        group(rows, "Vacant posts", model, base, proposal, settings, p -> p.occupancy() == Occupancy.VACANT && base.contains(p.key()));
        group(rows, "New posts", model, base, proposal, settings, p -> !base.contains(p.key()));
        // the assumed grades with most posts first, at most MAX_GRADES of them, so a big model stays quick
        java.util.Map<String, Integer> counts = new java.util.HashMap<>();
        for (Scenario s : List.of(base, proposal)) {
            s.posts().forEach(p -> counts.merge(p.gradeId(), 1, Integer::sum));
        }
        model.grades().stream().filter(Grade::isAssumed).filter(g -> counts.containsKey(g.id()))
                .sorted(java.util.Comparator.comparing((Grade g) -> -counts.get(g.id())))
                .limit(MAX_GRADES)
                .forEach(g -> group(rows, g.name() + " (assumed range)", model, base, proposal, settings, p -> p.gradeId().equals(g.id())));
        return new Sensitivity(c.difference(), c.assumedPart(),
                at(model, base, proposal, settings, SalaryBasis.BOTTOM),
                at(model, base, proposal, settings, SalaryBasis.MIDPOINT),
                at(model, base, proposal, settings, SalaryBasis.TOP), c.recurrent().difference(), rows);
    }

    private static Money at(Model model, Scenario base, Scenario proposal, CostSettings settings, SalaryBasis basis) {
        return new Costing(model, settings.withBasis(basis)).compare(base, proposal).difference();
    }

    /// A row for the posts `which` picks on either side, when there are any.
    private static void group(List<Row> rows, String label, Model model, Scenario base, Scenario proposal, CostSettings settings,
                              Predicate<Post> which) {
        int posts = (int) proposal.posts().stream().filter(which).count()
                + (int) base.posts().stream().filter(p -> !proposal.contains(p.key())).filter(which).count();
        if (posts == 0) {
            return;
        }
        rows.add(new Row(label, posts, recurrentWith(model, base, proposal, settings, which, SalaryBasis.BOTTOM),
                recurrentWith(model, base, proposal, settings, which, SalaryBasis.TOP)));
    }

    /// The recurrent effect with the picked posts (on both sides) costed on `basis`, through the per-post override.
    private static Money recurrentWith(Model model, Scenario base, Scenario proposal, CostSettings settings, Predicate<Post> which,
                                       SalaryBasis basis) {
        Scenario b = override(base, which, basis);
        Scenario p = override(proposal, which, basis);
        return new Costing(model.withScenario(b).withScenario(p), settings).compare(b, p).recurrent().difference();
    }

    private static Scenario override(Scenario s, Predicate<Post> which, SalaryBasis basis) {
        List<Post> posts = s.posts().stream().map(p -> which.test(p) ? p.withPay(p.pay().withBasis(basis)) : p).toList();
        return s.withPosts(posts);
    }
}
