package org.reshape.io.csv;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/// Writes RFC 4180 CSV: comma-separated, CRLF between records, a cell quoted
/// when it holds a comma, a quote or a line break (quotes doubled), so that
/// [CsvReader] and spreadsheet programs read back exactly what was written.
public final class CsvWriter {
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
                out.append(quote(cells.get(i)));
            }
            out.append("\r\n");
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /// The cell as CSV: as it is, or in quotes with quotes doubled.
    public static String quote(String cell) {
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
