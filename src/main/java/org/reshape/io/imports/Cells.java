package org.reshape.io.imports;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.reshape.domain.Money;

/// Reading the values of spreadsheet cells the way people type them.
public final class Cells {
    private static final Pattern SPACES = Pattern.compile("\\s+");
    /// Words that mean "not disclosed" or "none" in published data.
    private static final Set<String> UNDISCLOSED = Set.of("n/d", "nd", "n/a", "na", "not disclosed", "withheld", "-", "--", "—", "x");

    private Cells() {
    }

    /// Trims, joins lines and runs of spaces into one space, and removes one pair of
    /// single quotes around the whole value, which spreadsheets leave behind when a
    /// cell was typed as `'text` to stop Excel reading it as a number or a formula.
    public static String text(String cell) {
        if (cell == null) {
            return "";
        }
        String t = cell.strip();
        t = unquote(t);
        return t.indexOf('\n') >= 0 || t.indexOf('\r') >= 0 || t.indexOf('\t') >= 0 || t.contains("  ")
                ? SPACES.matcher(t).replaceAll(" ") : t;
    }

    /// As [#text] but keeps line breaks, for long text such as responsibilities.
    public static String longText(String cell) {
        if (cell == null) {
            return "";
        }
        return unquote(cell.strip().replace("\r\n", "\n")).strip();
    }

    private static String unquote(String t) {
        if (t.length() >= 2 && t.charAt(0) == '\'' && t.charAt(t.length() - 1) == '\'') {
            return t.substring(1, t.length() - 1).strip();
        }
        return t;
    }

    /// Whether a cell says "not disclosed", "not applicable" or nothing at all.
    public static boolean undisclosed(String cleaned) {
        return cleaned.isEmpty() || UNDISCLOSED.contains(cleaned.toLowerCase(Locale.ROOT));
    }

    /// A decimal such as "1", "0.8", "1,204.5"; null if the text is not one.
    public static BigDecimal decimal(String cleaned) {
        String t = cleaned.replace(",", "").strip();
        if (t.isEmpty()) {
            return null;
        }
        try {
            return new BigDecimal(t);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /// An amount such as "70000", "£70,000", "70000.00"; null if the text is not one.
    public static Money money(String cleaned) {
        String t = cleaned.replace("£", "").replace(",", "").strip();
        if (t.isEmpty()) {
            return null;
        }
        try {
            return Money.of(new BigDecimal(t));
        } catch (NumberFormatException | ArithmeticException e) {
            return null;
        }
    }

    /// How many people an FTE needs at least: 4.8 FTE is at least 5 people.
    public static int headcountFor(BigDecimal fte) {
        return Math.max(1, fte.setScale(0, RoundingMode.CEILING).intValueExact());
    }
}
