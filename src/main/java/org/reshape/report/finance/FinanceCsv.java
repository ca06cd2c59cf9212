package org.reshape.report.finance;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/// The finance tables as CSV (RFC 4180): one section per table, each row led
/// by the table's name, amounts as plain decimals in pounds.
public final class FinanceCsv {
    private FinanceCsv() {
    }

    public static void write(List<FinanceTable> tables, PrintWriter out) {
        boolean first = true;
        for (FinanceTable t : tables) {
            if (!first) {
                out.println();
            }
            first = false;
            List<String> header = new ArrayList<>();
            header.add("table");
            t.columns().forEach(c -> header.add(c.header()));
            out.println(line(header));
            for (List<Object> row : t.rows()) {
                List<String> cells = new ArrayList<>();
                cells.add(t.name());
                row.forEach(c -> cells.add(FinanceTable.plain(c)));
                out.println(line(cells));
            }
        }
        out.flush();
    }

    static String line(List<String> cells) {
        return String.join(",", cells.stream().map(FinanceCsv::quote).toList());
    }

    /// Quotes a cell when it needs it.
    public static String quote(String s) {
        if (s.contains(",") || s.contains("\"") || s.contains("\n") || s.contains("\r")) {
            return "\"" + s.replace("\"", "\"\"") + "\"";
        }
        return s;
    }
}
