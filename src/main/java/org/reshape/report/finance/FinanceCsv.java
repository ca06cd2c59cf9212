package org.reshape.report.finance;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import org.reshape.csv.CsvWriter;

/// The finance tables as CSV (RFC 4180, through [CsvWriter]): one section per
/// table, each row led by the table's name, amounts as plain decimals in pounds.
public final class FinanceCsv {
    private FinanceCsv() {
    }

    public static void write(List<FinanceTable> tables, PrintWriter out) {
        CsvWriter csv = new CsvWriter(out);
        boolean first = true;
        for (FinanceTable t : tables) {
            if (!first) {
                csv.blankLine();
            }
            first = false;
            List<String> header = new ArrayList<>();
            header.add("table");
            t.columns().forEach(c -> header.add(c.header()));
            csv.row(header);
            for (List<Object> row : t.rows()) {
                List<String> cells = new ArrayList<>();
                cells.add(t.name());
                row.forEach(c -> cells.add(FinanceTable.plain(c)));
                csv.row(cells);
            }
        }
        out.flush();
    }
}
