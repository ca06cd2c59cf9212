package org.reshape.cli;

import java.io.PrintWriter;
import java.util.List;
import org.reshape.costing.BridgeLine;
import org.reshape.costing.Comparison;
import org.reshape.costing.CostLine;
import org.reshape.costing.CostRow;

/// The comparison as one CSV: a `table` column says which table a row belongs to.
final class CostCsv {
    private CostCsv() {
    }

    static void write(Comparison cmp, PrintWriter out) {
        out.println("table,id,label,base_posts,base_fte,base_salary,base_ni,base_pension,base_levy,base_total,"
                + "proposal_posts,proposal_fte,proposal_salary,proposal_ni,proposal_pension,proposal_levy,proposal_total,difference");
        rows("division", cmp.byDivision(), out);
        rows("grade", cmp.byGrade(), out);
        rows("total", List.of(new CostRow("total", "Total", cmp.base().total(), cmp.proposal().total())), out);
        out.println();
        out.println("bridge_key,title,change,salary,on_costs,total,assumed,source");
        for (BridgeLine l : cmp.bridge()) {
            out.println(String.join(",", q(l.key()), q(l.title()), q(l.explanation()), l.salary().toPlainString(),
                    l.onCosts().toPlainString(), l.total().toPlainString(), String.valueOf(l.assumed()), q(l.source())));
        }
    }

    private static void rows(String table, List<CostRow> rows, PrintWriter out) {
        for (CostRow r : rows) {
            out.println(String.join(",", table, q(r.id()), q(r.label()), cells(r.base()), cells(r.proposal()),
                    r.totalDifference().toPlainString()));
        }
    }

    private static String cells(CostLine l) {
        return String.join(",", String.valueOf(l.posts()), l.fte().toPlainString(), l.salary().toPlainString(),
                l.ni().toPlainString(), l.pension().toPlainString(), l.levy().toPlainString(), l.total().toPlainString());
    }

    /// Quotes a cell when it needs it (RFC 4180).
    static String q(String s) {
        if (s.contains(",") || s.contains("\"") || s.contains("\n")) {
            return "\"" + s.replace("\"", "\"\"") + "\"";
        }
        return s;
    }
}
