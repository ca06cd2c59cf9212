package org.reshape.store;

import java.sql.SQLException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/// Turns what H2, jOOQ and the domain throw into a [StoreException] that says
/// what failed and where, with no jOOQ type in it.
final class Errors {
    /// H2's unique-key message: `… ON PUBLIC.DIVISION(MODEL_ID, ID) VALUES ( /* key:6 */ 'bury-cyp', 'exec')`.
    private static final Pattern DUPLICATE = Pattern.compile(
            "ON [\\w\"]+\\.\"?(\\w+)\"?\\([^)]*\\) VALUES \\(\\s*(?:/\\*.*?\\*/)?(.*)\\)");

    private Errors() {
    }

    /// `action` is what was being done, e.g. "save scenario 'Proposed structure' of model bury".
    static StoreException wrap(String action, String location, RuntimeException e) {
        if (e instanceof StoreException se) {
            return se;
        }
        SQLException sql = sqlCause(e);
        boolean fromJooq = e.getClass().getName().startsWith("org.jooq.");
        String reason = sql != null ? reason(sql)
                : e instanceof BadValue ? e.getMessage()
                : e instanceof IllegalArgumentException ? "the stored data is not valid: " + e.getMessage()
                : fromJooq ? e.getMessage() : e.toString();
        // The cause is kept for the log, but never as a jOOQ exception the caller would have to know.
        Throwable cause = sql != null ? sql : fromJooq || e instanceof BadValue ? null : e;
        return new StoreException("Could not " + action + " in " + location + ": " + reason, cause);
    }

    /// H2's message without the SQL statement and the internal error number that it appends.
    static String reason(SQLException e) {
        String m = e.getMessage() == null ? e.toString() : e.getMessage();
        int sqlAt = m.indexOf("; SQL statement:");
        if (sqlAt >= 0) {
            m = m.substring(0, sqlAt);
        }
        m = m.replaceFirst("\\s*\\[\\d+-\\d+]\\s*$", "").strip();
        Matcher dup = DUPLICATE.matcher(m);
        if ("23505".equals(e.getSQLState()) && dup.find()) {
            return "two " + dup.group(1).toLowerCase(Locale.ROOT).replace('_', ' ') + " rows have the same id ("
                    + dup.group(2).strip() + ")";
        }
        return m;
    }

    private static SQLException sqlCause(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException s) {
                return s;
            }
        }
        return null;
    }
}
