package org.reshape.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.reshape.costing.CostLine;
import org.reshape.costing.CostRow;

/// The public version's rule for tables of totals: a row that sums only one
/// or two posts on either side would publish those posts' pay, so such rows
/// are combined into one "other" row (and, while that is still that small,
/// with the next smallest row). Totals are unchanged, so the table still adds up.
final class SmallGroups {
    static final int MIN_POSTS = 3;

    private SmallGroups() {
    }

    /// Whether a count of posts would reveal individual pay (0 reveals nothing).
    static boolean small(int posts) {
        return posts > 0 && posts < MIN_POSTS;
    }

    static List<CostRow> combine(List<CostRow> rows, String otherLabel) {
        List<CostRow> kept = new ArrayList<>();
        List<CostRow> other = new ArrayList<>();
        for (CostRow r : rows) {
            (small(r.base().posts()) || small(r.proposal().posts()) ? other : kept).add(r);
        }
        if (other.isEmpty()) {
            return rows;
        }
        while (!kept.isEmpty() && isSmall(sum(other, otherLabel))) {
            CostRow smallest = kept.stream().min(Comparator.comparingInt(r -> r.base().posts() + r.proposal().posts())).orElseThrow();
            kept.remove(smallest);
            other.add(smallest);
        }
        kept.add(sum(other, otherLabel));
        return kept;
    }

    private static boolean isSmall(CostRow r) {
        return small(r.base().posts()) || small(r.proposal().posts());
    }

    private static CostRow sum(List<CostRow> rows, String label) {
        return new CostRow("other", label, total(rows.stream().map(CostRow::base).toList(), label),
                total(rows.stream().map(CostRow::proposal).toList(), label));
    }

    private static CostLine total(List<CostLine> lines, String label) {
        CostLine s = CostLine.empty("other", label);
        for (CostLine l : lines) {
            s = s.plus(l, label);
        }
        return s;
    }
}
