package org.reshape.report.finance;

import static org.reshape.report.finance.FinanceTable.Kind.COUNT;
import static org.reshape.report.finance.FinanceTable.Kind.FLAG;
import static org.reshape.report.finance.FinanceTable.Kind.FTE;
import static org.reshape.report.finance.FinanceTable.Kind.MONEY;
import static org.reshape.report.finance.FinanceTable.Kind.TEXT;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.reshape.costing.BridgeLine;
import org.reshape.costing.Comparison;
import org.reshape.costing.CostLine;
import org.reshape.costing.CostRow;
import org.reshape.costing.PartEffect;
import org.reshape.costing.Sensitivity;
import org.reshape.domain.Money;
import org.reshape.report.finance.FinanceTable.Column;

/// The tables of the finance view for a comparison: by division (with budget
/// and variance), by pay scale and grade, the bridge, and a summary.
public final class FinanceTables {
    private FinanceTables() {
    }

    /// @param budgets division id → budget, for the divisions that have one
    /// @param partYear the in-year comparison, or null
    public static List<FinanceTable> of(Comparison full, Comparison partYear, Sensitivity sensitivity, Map<String, Money> budgets) {
        List<FinanceTable> out = new ArrayList<>();
        out.add(byDivision(full, budgets));
        out.add(groups("By grade", "Pay scale and grade", full.byGrade(), full));
        out.add(bridge(full));
        out.add(summary(full, partYear, sensitivity));
        if (sensitivity != null) {
            out.add(sensitivity(sensitivity));
        }
        return out;
    }

    /// Division id → staffing budget, for the divisions that have one.
    public static Map<String, Money> budgets(org.reshape.domain.Model m) {
        Map<String, Money> out = new java.util.HashMap<>();
        m.divisions().stream().filter(d -> d.budget() != null).forEach(d -> out.put(d.id(), d.budget()));
        return out;
    }

    static List<Column> costColumns(String first) {
        List<Column> c = new ArrayList<>();
        c.add(new Column(first, TEXT));
        for (String side : List.of("Base", "Proposal")) {
            c.add(new Column(side + " posts", COUNT));
            c.add(new Column(side + " FTE", FTE));
            c.add(new Column(side + " FTE-years", FTE));
            c.add(new Column(side + " salary", MONEY));
            c.add(new Column(side + " NI", MONEY));
            c.add(new Column(side + " pension", MONEY));
            c.add(new Column(side + " levy", MONEY));
            c.add(new Column(side + " total", MONEY));
        }
        c.add(new Column("Difference", MONEY));
        return c;
    }

    static List<Object> costCells(String label, CostLine base, CostLine proposal) {
        List<Object> r = new ArrayList<>();
        r.add(label);
        for (CostLine l : List.of(base, proposal)) {
            r.add(l.posts());
            r.add(l.fte());
            r.add(l.fteYears());
            r.add(l.salary());
            r.add(l.ni());
            r.add(l.pension());
            r.add(l.levy());
            r.add(l.total());
        }
        r.add(proposal.total().minus(base.total()));
        return r;
    }

    static FinanceTable groups(String name, String first, List<CostRow> rows, Comparison c) {
        List<List<Object>> out = new ArrayList<>();
        rows.forEach(r -> out.add(costCells(r.label(), r.base(), r.proposal())));
        out.add(costCells("Total", c.base().total(), c.proposal().total()));
        return new FinanceTable(name, costColumns(first), out, true);
    }

    static FinanceTable byDivision(Comparison c, Map<String, Money> budgets) {
        List<Column> cols = costColumns("Division");
        cols.add(new Column("Budget", MONEY));
        cols.add(new Column("Variance (budget − proposal)", MONEY));
        List<List<Object>> out = new ArrayList<>();
        Money budgetTotal = Money.ZERO;
        boolean anyBudget = false;
        for (CostRow r : c.byDivision()) {
            List<Object> cells = costCells(r.label(), r.base(), r.proposal());
            Money budget = budgets.get(r.id());
            cells.add(budget);
            cells.add(budget == null ? null : budget.minus(r.proposal().total()));
            if (budget != null) {
                budgetTotal = budgetTotal.plus(budget);
                anyBudget = true;
            }
            out.add(cells);
        }
        List<Object> total = costCells("Total", c.base().total(), c.proposal().total());
        total.add(anyBudget ? budgetTotal : null);
        total.add(anyBudget ? budgetTotal.minus(budgetedProposal(c, budgets)) : null);
        out.add(total);
        return new FinanceTable("By division", cols, out, true);
    }

    /// The proposal total of the divisions that have a budget, so the total variance compares like with like.
    private static Money budgetedProposal(Comparison c, Map<String, Money> budgets) {
        return c.byDivision().stream().filter(r -> budgets.containsKey(r.id())).map(r -> r.proposal().total())
                .reduce(Money.ZERO, Money::plus);
    }

    /// The bridge part by part (recurrent first, then temporary and one-off), so
    /// that filtering the Part column gives each part's own bridge; the total is
    /// the net difference, the sum of the parts.
    static FinanceTable bridge(Comparison c) {
        List<Column> cols = List.of(new Column("Post", TEXT), new Column("Title", TEXT), new Column("Change", TEXT),
                new Column("Salary", MONEY), new Column("On-costs", MONEY), new Column("Total", MONEY),
                new Column("Assumed", FLAG), new Column("Source", TEXT), new Column("Part", TEXT));
        List<List<Object>> out = new ArrayList<>();
        for (PartEffect part : c.parts()) {
            for (BridgeLine l : part.bridge()) {
                out.add(List.of(l.key(), l.title(), l.explanation(), l.salary(), l.onCosts(), l.total(), l.assumed() ? "assumed" : "",
                        l.source(), part.part().label()));
            }
        }
        List<Object> total = new ArrayList<>(List.of("", "Net difference", "", c.salaryDifference(),
                c.difference().minus(c.salaryDifference()), c.difference(), "", "", ""));
        out.add(total);
        return new FinanceTable("Bridge", cols, out, true);
    }

    /// Which assumption moves the headline, and by how much: the recurrent effect with each group of posts,
    /// and the posts of each assumed grade, at the bottom and at the top of grade, everything else as set.
    static FinanceTable sensitivity(Sensitivity s) {
        List<Column> cols = List.of(new Column("Posts costed differently", TEXT), new Column("Posts", COUNT),
                new Column("Recurrent effect at bottom", MONEY), new Column("Recurrent effect at top", MONEY),
                new Column("Spread (top − bottom)", MONEY));
        List<List<Object>> out = new ArrayList<>();
        out.add(List.of("None (as set)", 0, s.recurrent(), s.recurrent(), Money.ZERO));
        for (Sensitivity.Row r : s.groups()) {
            out.add(List.of(r.label(), r.posts(), r.recurrentAtBottom(), r.recurrentAtTop(), r.spread()));
        }
        return new FinanceTable("Sensitivity", cols, out, false);
    }

    static FinanceTable summary(Comparison full, Comparison partYear, Sensitivity s) {
        List<Column> cols = List.of(new Column("Measure", TEXT), new Column("Amount", MONEY));
        List<List<Object>> out = new ArrayList<>();
        out.add(List.of("Recurrent effect (ongoing; the headline)", full.recurrent().difference()));
        out.add(List.of("Temporary costs in the year (fixed-term, acting-up)", full.temporary().difference()));
        out.add(List.of("One-off costs", full.oneOff().difference()));
        out.add(List.of(full.base().scenario().name() + " (" + full.period() + ")", full.base().total().total()));
        out.add(List.of(full.proposal().scenario().name() + " (" + full.period() + ")", full.proposal().total().total()));
        out.add(List.of("Net difference, full year (recurrent + temporary + one-off)", full.difference()));
        if (partYear != null) {
            out.add(List.of("Difference, " + partYear.period(), partYear.difference()));
            out.add(List.of("Recurrent effect, " + partYear.period(), partYear.recurrent().difference()));
            out.add(List.of("Temporary costs, " + partYear.period(), partYear.temporary().difference()));
        }
        out.add(List.of("Sum of the bridge lines", full.bridgeTotal()));
        if (s != null) {
            out.add(List.of("Part of the difference on assumed grades or values", s.assumedPart()));
            out.add(List.of("Difference at the bottom of every grade", s.atBottom()));
            out.add(List.of("Difference at the midpoint of every grade", s.atMidpoint()));
            out.add(List.of("Difference at the top of every grade", s.atTop()));
        }
        return new FinanceTable("Summary", cols, out, false);
    }
}
