package org.reshape.io.csv;

import java.util.ArrayList;
import java.util.List;
import org.reshape.csv.CsvWriter;

/// A reader of RFC 4180 CSV text that knows where each record starts.
///
/// Quoted cells may hold delimiters, doubled quotes and line breaks; lines may
/// end in LF or CRLF. It is lenient where real files are untidy, and says so:
/// a quote inside an unquoted cell is kept as a character, text after a closing
/// quote is kept too, and a quote never closed takes the rest of the file, each
/// reported as an [Issue] with its line. A cell that [CsvWriter] marked with a
/// leading `'` so that spreadsheets keep it as text (`'=SUM(…)`) is read without
/// the `'`.
///
/// Why not a library: FastCSV, for one, does give a record's starting line
/// (`CsvRecord.getStartingLineNumber()`), so that is not the reason. The reason is
/// what an import does with untidy text: it keeps the row and reports *each*
/// irregularity (a stray quote in an unquoted cell, text after a closing quote, a
/// quote never closed) as a warning on its line, where a library's switches either
/// accept such text without a word (FastCSV's `acceptCharsAfterQuotes(true)`) or
/// refuse the whole file with an exception. Keeping the row with a warning
/// needs the parser's own state, which is this class (about 200 lines, tested
/// by `CsvReaderTest`).
public final class CsvReader {

    /// Something irregular in the text, at a line.
    public record Issue(long line, String message) {
    }

    private final String text;
    private final char delimiter;
    private final List<Issue> issues = new ArrayList<>();
    private int pos;
    private long line = 1;

    public CsvReader(String text, char delimiter) {
        this.text = text;
        this.delimiter = delimiter;
    }

    /// A reader for `text` with the delimiter its first line uses.
    public static CsvReader of(String text) {
        return new CsvReader(text, sniffDelimiter(text));
    }

    /// Comma, semicolon or tab, whichever the first line has most of outside quotes; comma if none.
    public static char sniffDelimiter(String text) {
        int commas = 0;
        int semicolons = 0;
        int tabs = 0;
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted) {
                if (c == '\n' || c == '\r') {
                    break;
                }
                switch (c) {
                    case ',' -> commas++;
                    case ';' -> semicolons++;
                    case '\t' -> tabs++;
                    default -> {
                    }
                }
            }
        }
        if (tabs > commas && tabs >= semicolons) {
            return '\t';
        }
        return semicolons > commas ? ';' : ',';
    }

    /// The next record, or null at the end of the text.
    public CsvRecord next() {
        int len = text.length();
        if (pos >= len) {
            return null;
        }
        long start = line;
        List<String> cells = new ArrayList<>();
        while (true) {
            int end = plainCellEnd(len);
            if (end >= 0) {
                // The common case: a cell with no quotes, taken as one substring.
                cells.add(CsvWriter.restore(text.substring(pos, end)));
                pos = end;
            } else {
                cells.add(CsvWriter.restore(quotedCell(len)));
            }
            if (pos >= len) {
                break;
            }
            char c = text.charAt(pos++);
            if (c == delimiter) {
                if (pos >= len) {
                    cells.add("");
                    break;
                }
                continue;
            }
            if (c == '\r' && pos < len && text.charAt(pos) == '\n') {
                pos++;
            }
            line++;
            break;
        }
        return new CsvRecord(start, cells);
    }

    /// Where the cell starting at `pos` ends if it has no quote in it, or -1.
    private int plainCellEnd(int len) {
        for (int i = pos; i < len; i++) {
            char c = text.charAt(i);
            if (c == delimiter || c == '\n' || c == '\r') {
                return i;
            }
            if (c == '"') {
                return -1;
            }
        }
        return len;
    }

    /// A cell with a quote in it: RFC 4180 quoting, or, leniently, a quote inside
    /// plain text kept as it is. Leaves `pos` at the delimiter or line end after it.
    private String quotedCell(int len) {
        StringBuilder cell = new StringBuilder();
        boolean inQuotes = false;
        boolean wasQuoted = false;
        boolean afterQuote = false;
        long quoteLine = 0;
        while (pos < len) {
            char c = text.charAt(pos);
            if (inQuotes) {
                pos++;
                if (c == '"') {
                    if (pos < len && text.charAt(pos) == '"') {
                        cell.append('"');
                        pos++;
                    } else {
                        inQuotes = false;
                        afterQuote = true;
                    }
                } else if (c == '\r') {
                    // A line break inside a cell is kept as \n, whichever the file uses.
                    line++;
                    if (pos < len && text.charAt(pos) == '\n') {
                        pos++;
                    }
                    cell.append('\n');
                } else {
                    if (c == '\n') {
                        line++;
                    }
                    cell.append(c);
                }
            } else if (c == delimiter || c == '\n' || c == '\r') {
                break;
            } else if (c == '"' && cell.isEmpty() && !wasQuoted) {
                pos++;
                inQuotes = true;
                wasQuoted = true;
                quoteLine = line;
            } else {
                pos++;
                if (afterQuote) {
                    issues.add(new Issue(line, "text after the closing quote of a cell was kept as part of the cell"));
                    afterQuote = false;
                }
                cell.append(c);
            }
        }
        if (inQuotes) {
            issues.add(new Issue(quoteLine, "a quoted cell that starts on line " + quoteLine
                    + " is never closed, so the rest of the file was read as part of it"));
        }
        return cell.toString();
    }

    /// Characters read so far, for progress.
    public int position() {
        return pos;
    }

    public int length() {
        return text.length();
    }

    /// Irregularities met so far, in the order met.
    public List<Issue> issues() {
        return List.copyOf(issues);
    }

    /// Issues met since the last call, then forgotten.
    public List<Issue> drainIssues() {
        List<Issue> out = List.copyOf(issues);
        issues.clear();
        return out;
    }
}
