package org.reshape.report.finance;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.reshape.csv.CsvWriter;
import org.reshape.domain.Money;

/// One table of the finance view, toolkit-free, so that the window, the CSV,
/// the clipboard and the spreadsheet all show the same rows.
///
/// @param totals whether the last row is a total of the rows above (the
///               spreadsheet writes it as SUM formulas)
public record FinanceTable(String name, List<Column> columns, List<List<Object>> rows, boolean totals) {

    /// What a column holds, which decides how it is written.
    public enum Kind { TEXT, COUNT, FTE, MONEY, FLAG }

    public record Column(String header, Kind kind) {
    }

    public FinanceTable {
        columns = List.copyOf(columns);
        List<List<Object>> copy = new ArrayList<>();
        for (List<Object> r : rows) {
            if (r.size() != columns.size()) {
                throw new IllegalArgumentException(name + ": a row has " + r.size() + " cells for " + columns.size() + " columns");
            }
            copy.add(java.util.Collections.unmodifiableList(new ArrayList<>(r)));
        }
        rows = List.copyOf(copy);
    }

    /// Tab-separated text with a header line, which pastes into a spreadsheet as
    /// cells; a text that a spreadsheet would take for a formula is marked as CSV marks it ([CsvWriter#neutralise(String)]).
    public String toTsv() {
        StringBuilder b = new StringBuilder();
        b.append(String.join("\t", columns.stream().map(Column::header).toList())).append('\n');
        for (List<Object> r : rows) {
            List<String> cells = new ArrayList<>();
            for (Object c : r) {
                cells.add(CsvWriter.neutralise(plain(c).replace('\t', ' ').replace('\n', ' ')));
            }
            b.append(String.join("\t", cells)).append('\n');
        }
        return b.toString();
    }

    /// A cell as plain text: money as "11040.00", FTE as "30.5".
    public static String plain(Object c) {
        if (c == null) {
            return "";
        }
        if (c instanceof Money m) {
            return m.toPlainString();
        }
        if (c instanceof BigDecimal d) {
            return d.stripTrailingZeros().toPlainString();
        }
        return c.toString();
    }

    /// A cell as a person reads it: money as "£11,040.00".
    public static String display(Object c) {
        return c instanceof Money m ? m.format() : plain(c);
    }
}
