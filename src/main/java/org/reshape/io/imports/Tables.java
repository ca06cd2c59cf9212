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
        if (bytes == null) {
            return null;
        }
        if (looksBinary(bytes)) {
            log.error(source.name(), 0, "", source.name() + " is not a CSV file"
                    + (bytes[0] == 'P' && bytes[1] == 'K' ? " (it looks like a spreadsheet: import it as .xlsx)" : ""));
            return null;
        }
        TextDecoder.Decoded d = TextDecoder.decode(bytes);
        if (!d.note().isEmpty()) {
            log.warning(source.name(), 0, "", d.note());
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
        CsvRecord header = reader.next();
        while (header != null && header.isBlank()) {
            header = reader.next();
        }
        if (header == null) {
            log.error(file, 0, "", file + " has no header row");
            return null;
        }
        Headers headers = new Headers(header.cells());
        List<CsvRecord> rows = new ArrayList<>();
        List<CsvRecord> rejected = new ArrayList<>();
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
            if (r.isBlank()) {
                continue;
            }
            if (r.size() > headers.size() && !blankFrom(r, headers.size())) {
                log.error(file, r.line(), "", "the row has " + r.size() + " cells but the header has " + headers.size()
                        + " (a comma in a cell that is not in quotes?); the row was left out");
                rejected.add(r);
                continue;
            }
            rows.add(r);
        }
        progress.worked(done + text.length(), total);
        return new Table(file, headers, header.line(), rows, rejected);
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
