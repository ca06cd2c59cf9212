package org.reshape.csv;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.regex.Pattern;

/// Writes RFC 4180 CSV: comma-separated, CRLF between records, a cell quoted
/// when it holds a comma, a quote or a line break (quotes doubled), so that
/// Reshape's CSV reader and spreadsheet programs read back exactly what was written.
///
/// The one place Reshape writes CSV. A text cell that a spreadsheet program
/// would take for a formula (one starting `=`, `+`, `-`, `@`, a tab or a
/// carriage return, such as a title `=HYPERLINK(…)` taken from an HR file) is
/// written with a leading `'`, which Excel and LibreOffice show as text
/// (OWASP's advice against CSV injection, CWE-1236). Numbers, including
/// negative ones, are left as they are. Reshape's CSV reader takes the `'` off again,
/// so export → import gives back the same text.
public final class CsvWriter {
    private static final Pattern NUMBER = Pattern.compile("[-+]?\\d+(\\.\\d+)?");
    /// The characters that make a spreadsheet program read a cell as a formula.
    private static final String FORMULA_START = "=+-@\t\r";

    private final Appendable out;

    public CsvWriter(Appendable out) {
        this.out = out;
    }

    public CsvWriter row(String... cells) {
        return row(List.of(cells));
    }

    public CsvWriter row(List<String> cells) {
        try {
            for (int i = 0; i < cells.size(); i++) {
                if (i > 0) {
                    out.append(',');
                }
                out.append(quote(neutralise(cells.get(i))));
            }
            out.append("\r\n");
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /// An empty line, as between two tables in one file.
    public CsvWriter blankLine() {
        try {
            out.append("\r\n");
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /// Whether a spreadsheet program would read `cell` as a formula: it starts
    /// with one of `= + - @`, a tab or a carriage return, and is not a plain number.
    public static boolean isFormulaLeading(String cell) {
        return cell != null && !cell.isEmpty() && FORMULA_START.indexOf(cell.charAt(0)) >= 0 && !NUMBER.matcher(cell).matches();
    }

    /// The cell as it should be written so that it stays text: with a leading
    /// `'` when it is formula-leading, or when it already looks like a marked
    /// cell (`'=x`), so that [#restore(String)] gives back exactly what was written.
    public static String neutralise(String cell) {
        return isFormulaLeading(cell) || marked(cell) ? "'" + cell : cell;
    }

    /// The inverse of [#neutralise(String)]: a cell of the form `'=…` without its `'`; any other cell as it is.
    public static String restore(String cell) {
        return marked(cell) ? cell.substring(1) : cell;
    }

    /// `'` then a formula-leading text; a line feed counts too, since the CSV reader reads a carriage return in a cell as one.
    private static boolean marked(String cell) {
        if (cell == null || cell.length() < 2 || cell.charAt(0) != '\'') {
            return false;
        }
        String rest = cell.substring(1);
        return isFormulaLeading(rest) || rest.charAt(0) == '\n' || marked(rest);
    }

    /// The cell as CSV: as it is, or in quotes with quotes doubled.
    private static String quote(String cell) {
        if (cell == null || cell.isEmpty()) {
            return "";
        }
        boolean needs = cell.charAt(0) == ' ' || cell.charAt(cell.length() - 1) == ' ';
        for (int i = 0; !needs && i < cell.length(); i++) {
            char c = cell.charAt(i);
            needs = c == ',' || c == '"' || c == '\n' || c == '\r' || c == ';' || c == '\t';
        }
        return needs ? '"' + cell.replace("\"", "\"\"") + '"' : cell;
    }
}
