package org.reshape.report;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.reshape.change.ChangeKind;
import org.reshape.costing.BridgeLine;
import org.reshape.costing.Comparison;
import org.reshape.costing.CostLine;
import org.reshape.costing.CostRow;
import org.reshape.costing.PartEffect;
import org.reshape.costing.Percent;
import org.reshape.costing.ScenarioCost;
import org.reshape.domain.Money;

/// The cost summary: totals of both structures, the difference, the basis, the
/// table by division and the bridge. Totals are exact in both versions (they
/// are what a Cabinet report publishes, and they must add up); the public
/// version gives the bridge by kind of change and combines any row of one or
/// two posts with others ([SmallGroups]), so no figure is one post's pay.
final class CostSection {
    private CostSection() {
    }

    static void proposal(Prose f, Comparison cmp, Comparison partYear, boolean publicVersion) {
        List<CostRow> divisions = publicVersion ? SmallGroups.combine(cmp.byDivision(), "Other divisions (fewer than "
                + SmallGroups.MIN_POSTS + " posts each)") : cmp.byDivision();
        f.heading("Cost of the proposals", 1);
        f.paragraph("", basis(cmp));
        String base = cmp.base().scenario().name();
        String proposal = cmp.proposal().scenario().name();
        CostLine b = cmp.base().total();
        CostLine p = cmp.proposal().total();
        f.table(new Table().left("Structure", 2.6).right("Posts", 0.8).right("FTE", 0.8).right("Salary", 1.6).right("On-costs", 1.5).right("Total", 1.6)
                .row(base, b.posts(), fte(b), b.salary().format(), b.onCosts().format(), b.total().format())
                .row(proposal, p.posts(), fte(p), p.salary().format(), p.onCosts().format(), p.total().format())
                .total("Difference", signed(p.posts() - b.posts()), signed(p.fte().subtract(b.fte())), cmp.salaryDifference().formatSigned(),
                        p.onCosts().minus(b.onCosts()).formatSigned(), cmp.difference().formatSigned()));
        f.paragraph("", headline(cmp, partYear));

        f.heading("By division", 2);
        Table byDivision = new Table().left("Division", 2.6).right(base + " posts", 1).right(base, 1.6).right(proposal + " posts", 1)
                .right(proposal, 1.6).right("Difference", 1.5);
        for (CostRow r : divisions) {
            byDivision.row(r.label(), r.base().posts(), r.base().total().format(), r.proposal().posts(), r.proposal().total().format(),
                    r.totalDifference().formatSigned());
        }
        byDivision.total("Total", b.posts(), b.total().format(), p.posts(), p.total().format(), cmp.difference().formatSigned());
        f.table(byDivision);

        f.heading("Bridge from the " + lower(base) + " to the " + lower(proposal), 2);
        if (publicVersion) {
            publicBridge(f, cmp);
        } else {
            fullBridge(f, cmp);
        }
        warnings(f, cmp);
    }

    static void baseline(Prose f, ScenarioCost cost, String basis) {
        f.heading("Establishment and cost", 1);
        f.paragraph("", basis);
        Table t = new Table().left("Division", 2.6).right("Posts", 0.8).right("FTE", 0.8).right("Salary", 1.6).right("On-costs", 1.5).right("Total", 1.6);
        for (CostLine l : cost.byDivision()) {
            if (l.posts() > 0) {
                t.row(l.label(), l.posts(), fte(l), l.salary().format(), l.onCosts().format(), l.total().format());
            }
        }
        CostLine total = cost.total();
        t.total("Total", total.posts(), fte(total), total.salary().format(), total.onCosts().format(), total.total().format());
        f.table(t);
        warnings(f, cost);
    }

    static String basis(Comparison cmp) {
        return "Establishment costs on each post's grade, not actual pay: " + Percent.describe(cmp.settings()) + "; " + cmp.period() + ".";
    }

    /// The recurrent effect first, as a council reports it, then the temporary
    /// and one-off costs in the year and the net difference they add up to.
    private static String headline(Comparison cmp, Comparison partYear) {
        Money r = cmp.recurrent().difference();
        String s = r.signum() < 0 ? "The proposals generate a recurrent saving of " + r.negate().formatPounds() + " a year"
                : r.signum() > 0 ? "The proposals have a recurrent cost of " + r.formatPounds() + " a year"
                : "The proposals have no recurrent effect on the cost of the establishment";
        s += " (" + cmp.period() + ").";
        Money t = cmp.temporary().difference();
        if (!t.isZero()) {
            s += " Temporary costs (fixed-term posts, acting-up) of " + t.formatSigned() + " fall in " + cmp.settings().year() + ".";
        }
        s += " One-off costs: " + cmp.oneOff().difference().formatSigned() + ". Net difference: " + cmp.difference().formatSigned() + ".";
        if (partYear != null && !partYear.difference().equals(cmp.difference())) {
            s += " In the " + partYear.period() + " the effect is " + partYear.difference().formatSigned() + ".";
        }
        if (!cmp.assumedPart().isZero()) {
            s += " Of the difference, " + cmp.assumedPart().formatSigned() + " rests on assumed grades or values (marked ≈).";
        }
        return s;
    }

    private static void fullBridge(Prose f, Comparison cmp) {
        Table t = new Table().left("Post", 2.5).left("Change", 3.1).right("Salary", 1.35).right("On-costs", 1.3).right("Total", 1.4);
        t.total(cmp.base().scenario().name() + " total", "", "", "", cmp.base().total().total().format());
        int shown = 0;
        int lines = 0;
        for (PartEffect part : cmp.parts()) {
            lines += part.bridge().size();
            boolean any = false;
            for (BridgeLine l : part.bridge()) {
                // a change with no cost effect adds nothing to the bridge; the schedule of changes has it
                if (l.salary().isZero() && l.onCosts().isZero()) {
                    continue;
                }
                shown++;
                any = true;
                t.row((l.assumed() ? "≈ " : "") + l.title(), l.explanation(), l.salary().formatSigned(), l.onCosts().formatSigned(),
                        l.total().formatSigned());
            }
            if (any) {
                t.total(part.part().label() + " effect", "", "", "", part.difference().formatSigned());
            }
        }
        t.total(cmp.proposal().scenario().name() + " total", "", "", "", cmp.proposal().total().total().format());
        f.table(t);
        int silent = lines - shown;
        f.note("The " + shown + " lines add up to " + cmp.bridgeTotal().formatSigned()
                + (cmp.bridgeTotal().equals(cmp.difference()) ? ", the net difference" : ", which is NOT the net difference")
                + "; each part's lines add up to its effect."
                + (silent > 0 ? " " + silent + " other changed post" + (silent == 1 ? " has" : "s have") + " no cost effect." : "")
                + " ≈ marks a line that rests on an assumed grade or value.");
    }

    /// Kinds of change, each line put under the first that applies.
    private enum Kind {
        NEW("New posts"), GONE("Posts disestablished"), REGRADED("Posts regraded"), OTHER("Other changes");

        final String label;

        Kind(String label) {
            this.label = label;
        }

        static Kind of(BridgeLine l) {
            return l.kinds().contains(ChangeKind.NEW) ? NEW : l.kinds().contains(ChangeKind.DISESTABLISHED) ? GONE
                    : l.kinds().contains(ChangeKind.REGRADED) ? REGRADED : OTHER;
        }
    }

    private static void publicBridge(Prose f, Comparison cmp) {
        Map<Kind, List<BridgeLine>> groups = new EnumMap<>(Kind.class);
        for (BridgeLine l : cmp.bridge()) {
            groups.computeIfAbsent(Kind.of(l), k -> new ArrayList<>()).add(l);
        }
        // a kind with one or two posts would give their pay: it joins the other changes (and so, if need be, the smallest kind)
        for (Kind k : List.of(Kind.NEW, Kind.GONE, Kind.REGRADED)) {
            if (groups.containsKey(k) && SmallGroups.small(groups.get(k).size())) {
                groups.computeIfAbsent(Kind.OTHER, x -> new ArrayList<>()).addAll(groups.remove(k));
            }
        }
        while (groups.containsKey(Kind.OTHER) && SmallGroups.small(groups.get(Kind.OTHER).size()) && groups.size() > 1) {
            Kind smallest = groups.keySet().stream().filter(k -> k != Kind.OTHER)
                    .min(java.util.Comparator.comparingInt(k -> groups.get(k).size())).orElseThrow();
            groups.get(Kind.OTHER).addAll(groups.remove(smallest));
        }
        Table t = new Table().left("Change", 4).right("Posts", 0.8).right("Salary", 1.4).right("On-costs", 1.4).right("Total", 1.5);
        t.total(cmp.base().scenario().name() + " total", "", "", "", cmp.base().total().total().format());
        groups.forEach((kind, lines) -> {
            Money salary = lines.stream().map(BridgeLine::salary).reduce(Money.ZERO, Money::plus);
            Money onCosts = lines.stream().map(BridgeLine::onCosts).reduce(Money.ZERO, Money::plus);
            t.row(kind.label, lines.size(), salary.formatSigned(), onCosts.formatSigned(), salary.plus(onCosts).formatSigned());
        });
        t.total(cmp.proposal().scenario().name() + " total", "", "", "", cmp.proposal().total().total().format());
        f.table(t);
        f.note("In this public version the bridge is given by kind of change rather than post by post, and rows of fewer than "
                + SmallGroups.MIN_POSTS + " posts are combined, so that no line is one post's pay."
                + " Its lines add up to " + cmp.bridgeTotal().formatSigned() + ", the net difference.");
    }

    private static void warnings(Prose f, Comparison cmp) {
        cmp.warnings().forEach(w -> f.note("Not costed: " + w + "."));
    }

    private static void warnings(Prose f, ScenarioCost cost) {
        for (String w : cost.warnings()) {
            f.note("Not costed in the " + lower(cost.scenario().name()) + ": " + w + ".");
        }
    }

    static String fte(CostLine l) {
        return l.fte().stripTrailingZeros().toPlainString();
    }

    private static String signed(int n) {
        return n > 0 ? "+" + n : n < 0 ? "−" + (-n) : "0";
    }

    private static String signed(java.math.BigDecimal n) {
        String s = n.abs().stripTrailingZeros().toPlainString();
        return n.signum() > 0 ? "+" + s : n.signum() < 0 ? "−" + s : "0";
    }

    /// "Current structure" → "current structure", for the middle of a sentence.
    private static String lower(String name) {
        return Words.lowerFirst(name);
    }
}
