package org.reshape.io.imports;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.util.ArrayList;
import java.util.List;
import org.reshape.io.csv.CsvReader;
import org.reshape.io.csv.CsvRecord;
import org.reshape.io.csv.TextDecoder;

/// Reads CSV files into [Table]s, reporting what is wrong with the file itself
/// (missing, empty, not text, cells that do not line up with the header).
public final class Tables {
    private static final int PROGRESS_EVERY = 4096;

    private Tables() {
    }

    /// The file's bytes, or null with an error logged when it cannot be read.
    public static byte[] bytes(ImportSource source, ProblemLog log) {
        String name = source.name();
        try {
            byte[] b = source.bytes();
            if (b.length == 0) {
                log.error(name, 0, "", name + " is empty");
                return null;
            }
            return b;
        } catch (NoSuchFileException e) {
            log.error(name, 0, "", name + " does not exist" + where(source));
        } catch (AccessDeniedException e) {
            log.error(name, 0, "", name + " cannot be opened: permission denied");
        } catch (IOException e) {
            log.error(name, 0, "", name + " could not be read: " + e.getMessage());
        }
        return null;
    }

    private static String where(ImportSource source) {
        if (source instanceof ImportSource.FileSource f) {
            var dir = f.path().toAbsolutePath().getParent();
            return dir == null ? "" : " (looked in " + dir + ")";
        }
        return "";
    }

    /// The file as text (see [TextDecoder]), or null with an error logged.
    public static String text(ImportSource source, ProblemLog log) {
        byte[] bytes = bytes(source, log);
        return bytes == null ? null : text(source.name(), bytes, log);
    }

    /// Bytes already read as text, or null with an error logged when they are not text.
    public static String text(String name, byte[] bytes, ProblemLog log) {
        if (looksBinary(bytes)) {
            log.error(name, 0, "", name + " is not a CSV file"
                    + (bytes[0] == 'P' && bytes[1] == 'K' ? " (it looks like a spreadsheet: import it as .xlsx)" : ""));
            return null;
        }
        TextDecoder.Decoded d = TextDecoder.decode(bytes);
        if (!d.note().isEmpty()) {
            log.warning(name, 0, "", d.note());
        }
        return d.text();
    }

    private static boolean looksBinary(byte[] bytes) {
        int n = Math.min(bytes.length, 4096);
        boolean utf16 = n >= 2 && ((bytes[0] & 0xFF) == 0xFF || (bytes[0] & 0xFF) == 0xFE);
        for (int i = 0; i < n && !utf16; i++) {
            if (bytes[i] == 0) {
                return true;
            }
        }
        return n >= 2 && bytes[0] == 'P' && bytes[1] == 'K';
    }

    /// Splits CSV text into a header (the first non-blank record) and rows.
    ///
    /// @param done  progress units done before this file
    /// @param total progress units of the whole import
    /// @return the table, or null with an error logged when there is no header
    public static Table csv(String file, String text, ProblemLog log, Progress progress, long done, long total) {
        CsvReader reader = CsvReader.of(text);
        List<CsvRecord> records = new ArrayList<>();
        int n = 0;
        for (CsvRecord r = reader.next(); r != null; r = reader.next()) {
            for (CsvReader.Issue issue : reader.drainIssues()) {
                if (issue.message().contains("never closed")) {
                    log.error(file, issue.line(), "", issue.message());
                } else {
                    log.warning(file, issue.line(), "", issue.message());
                }
            }
            if (++n % PROGRESS_EVERY == 0) {
                progress.checkCancelled();
                progress.worked(done + reader.position(), total);
            }
            if (!r.isBlank()) {
                records.add(r);
            }
        }
        progress.worked(done + text.length(), total);
        return table(file, records, true, log);
    }

    /// A table from the non-blank records of a file: the header is found (see
    /// [#headerIndex(List)]), and with `checkWidth` a row with more filled cells than
    /// the header has columns is rejected, as a CSV row with an unquoted comma would be.
    ///
    /// @return the table, or null with an error logged when there is no header
    public static Table table(String file, List<CsvRecord> records, boolean checkWidth, ProblemLog log) {
        if (records.isEmpty()) {
            log.error(file, 0, "", file + " has no header row");
            return null;
        }
        int h = headerIndex(records);
        CsvRecord header = records.get(h);
        if (h > 0) {
            log.warning(file, header.line(), "", "the header is on line " + header.line() + "; "
                    + (h == 1 ? "the line above it (a title?) was" : "the " + h + " lines above it (a title?) were") + " left out");
        }
        Headers headers = new Headers(header.cells());
        List<CsvRecord> rows = new ArrayList<>(records.size());
        List<CsvRecord> rejected = new ArrayList<>();
        for (CsvRecord r : records.subList(h + 1, records.size())) {
            if (checkWidth && r.size() > headers.size() && !blankFrom(r, headers.size())) {
                log.error(file, r.line(), "", "the row has " + r.size() + " cells but the header has " + headers.size()
                        + " (a comma in a cell that is not in quotes?); the row was left out");
                rejected.add(r);
            } else {
                rows.add(r);
            }
        }
        if (rows.isEmpty() && rejected.isEmpty()) {
            log.warning(file, header.line(), "", "the file has a header and no rows under it, so there is nothing in it to import");
        }
        return new Table(file, headers, header.line(), rows, rejected);
    }

    /// Which of the first records is the header: the first with at least two
    /// filled cells and at least half as many as the fullest of the first 30, so
    /// a title line or two above the header ("Establishment at 1 April 2025") is
    /// passed over, while a header with a few unnamed columns still counts.
    public static int headerIndex(List<CsvRecord> records) {
        int look = Math.min(records.size(), 30);
        int most = 0;
        for (int i = 0; i < look; i++) {
            most = Math.max(most, filled(records.get(i)));
        }
        for (int i = 0; i < look; i++) {
            int f = filled(records.get(i));
            if (f >= 2 && f * 2 >= most) {
                return i;
            }
        }
        return 0;
    }

    private static int filled(CsvRecord r) {
        int n = 0;
        for (String c : r.cells()) {
            if (!c.isBlank()) {
                n++;
            }
        }
        return n;
    }

    private static boolean blankFrom(CsvRecord r, int from) {
        for (int i = from; i < r.size(); i++) {
            if (!r.get(i).isBlank()) {
                return false;
            }
        }
        return true;
    }
}
