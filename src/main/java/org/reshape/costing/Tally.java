package org.reshape.costing;

import java.math.BigDecimal;
import org.reshape.domain.Money;

/// A running total over a group of posts (a division, a grade, a whole
/// scenario), mutable so that summing 100,000 posts allocates next to nothing,
/// and able to take a post out again, so that one edit changes a total by its
/// delta. Its line is the same whether the posts came in one pass or by adds and
/// removes in any order: the FTE is given at the largest scale among the posts
/// counted, as a sum in one pass would have it.
final class Tally {
    /// FTE scales are stripped of trailing zeros: 0 to a handful of decimals
    private static final int SCALES = 12;

    private final String id;
    private final String label;
    private int posts;
    private int members;
    private int headcount;
    private BigDecimal fte = BigDecimal.ZERO;
    private BigDecimal fteYears = BigDecimal.ZERO;
    private final int[] scales = new int[SCALES];
    private long salary;
    private long ni;
    private long pension;
    private long levy;

    Tally(String id, String label) {
        this.id = id;
        this.label = label;
    }

    void add(PostCost c) {
        change(c, 1);
    }

    void remove(PostCost c) {
        change(c, -1);
    }

    int posts() {
        return posts;
    }

    /// No post at all, counted or not (an ended fixed-term post is held but not counted).
    boolean isEmpty() {
        return members == 0;
    }

    String id() {
        return id;
    }

    private void change(PostCost c, int sign) {
        members += sign;
        if (c.inPost()) {
            // a post that does not exist on the period's first day is not counted on it
            posts += sign;
            headcount += sign * c.post().headcount();
            BigDecimal f = c.post().fte();
            fte = sign > 0 ? fte.add(f) : fte.subtract(f);
            scales[Math.clamp(f.scale(), 0, SCALES - 1)] += sign;
        }
        // two places per post, so the sum keeps two places however it was reached
        fteYears = sign > 0 ? fteYears.add(c.fteYears()) : fteYears.subtract(c.fteYears());
        salary = Math.addExact(salary, sign * c.salary().pence());
        ni = Math.addExact(ni, sign * c.ni().pence());
        pension = Math.addExact(pension, sign * c.pension().pence());
        levy = Math.addExact(levy, sign * c.levy().pence());
    }

    CostLine line() {
        int scale = 0;
        for (int s = SCALES - 1; s > 0; s--) {
            if (scales[s] > 0) {
                scale = s;
                break;
            }
        }
        return new CostLine(id, label, posts, fte.setScale(scale), headcount, new Money(salary), new Money(ni),
                new Money(pension), new Money(levy), fteYears);
    }
}
