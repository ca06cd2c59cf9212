package org.reshape.io.imports;

/// One thing an import could not use, or used only by assuming something,
/// precise enough to find in the file: `hse-2013-09-30-senior.csv:12: column
/// 'FTE': 'one' is not a number`.
///
/// @param file     the file's name (not its path: messages stay short and stable)
/// @param line     the 1-based line where the record starts (for a spreadsheet, the
///                 row number Excel shows), or 0 for the file as a whole
/// @param column   the column's header as the file spells it, or empty
/// @param severity [Severity#ERROR]: the row, or a value in it, could not be used;
///                 [Severity#WARNING]: it was used, and the message says what was assumed
public record ImportProblem(String file, long line, String column, Severity severity, String message) {

    /// Errors stop an import unless the caller asks to keep the valid rows; warnings never do.
    public enum Severity {
        ERROR, WARNING
    }

    public ImportProblem {
        file = file == null ? "" : file;
        column = column == null ? "" : column;
        if (severity == null || message == null || message.isBlank()) {
            throw new IllegalArgumentException("a problem needs a severity and a message");
        }
    }

    public static ImportProblem error(String file, long line, String column, String message) {
        return new ImportProblem(file, line, column, Severity.ERROR, message);
    }

    public static ImportProblem warning(String file, long line, String column, String message) {
        return new ImportProblem(file, line, column, Severity.WARNING, message);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /// "file.csv:12" or "file.csv" for the whole file.
    public String where() {
        return line > 0 ? file + ":" + line : file;
    }

    /// "file.csv:12: column 'FTE': 'one' is not a number", with "warning: " before a warning's message;
    /// a message about the whole file that already names it is given as it is.
    @Override
    public String toString() {
        if (line == 0 && column.isEmpty() && !file.isEmpty() && message.startsWith(file)) {
            return severity == Severity.WARNING ? "warning: " + message : message;
        }
        StringBuilder b = new StringBuilder(where());
        if (!b.isEmpty()) {
            b.append(": ");
        }
        if (!column.isEmpty()) {
            b.append("column '").append(column).append("': ");
        }
        if (severity == Severity.WARNING) {
            b.append("warning: ");
        }
        return b.append(message).toString();
    }
}
