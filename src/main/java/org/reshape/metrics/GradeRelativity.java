package org.reshape.metrics;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.reshape.domain.Model;
import org.reshape.domain.PayTable;
import org.reshape.domain.Post;
import org.reshape.domain.Scenario;

/// A manager whose grade tops out at or below a direct report's: the usual
/// sign of a regrade that left its manager behind. Compared by the grades'
/// maxima in pounds on the costing date, so grades on different scales
/// (Chief Officer and Soulbury) compare too; an assumed grade says so.
final class GradeRelativity {
    private GradeRelativity() {
    }

    static List<Flag> flags(Model model, Scenario s, PayTable pay) {
        List<Flag> flags = new ArrayList<>();
        for (Post report : s.posts()) {
            Post manager = s.post(report.managerKey());
            if (manager == null) {
                continue;
            }
            Optional<PayTable.Range> m = pay.range(manager.gradeId());
            Optional<PayTable.Range> r = pay.range(report.gradeId());
            if (m.isPresent() && r.isPresent() && m.get().max().compareTo(r.get().max()) <= 0) {
                flags.add(new Flag(Flag.Kind.GRADE_RELATIVITY, manager.key(), manager.title() + " on " + grade(model, manager, m.get())
                        + " is at or below its report " + report.title() + " on " + grade(model, report, r.get())));
            }
        }
        return flags;
    }

    /// "Chief Officer Band A (top £67,527, assumed)".
    private static String grade(Model model, Post p, PayTable.Range range) {
        boolean assumed = range.grade().isAssumed() || p.provenance().isAssumed(org.reshape.domain.PostField.GRADE);
        return model.gradeName(p.gradeId()) + " (top " + range.max().formatPounds() + (assumed ? ", assumed" : "") + ")";
    }
}
