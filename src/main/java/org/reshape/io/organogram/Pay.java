package org.reshape.io.organogram;

import org.reshape.domain.Money;
import org.reshape.io.imports.Cells;

/// A row's pay range, or why there is none: organograms publish a floor and a
/// ceiling (senior) or a payscale minimum and maximum (junior), with 0, `N/D` or
/// a word where the amount is not disclosed.
///
/// @param why empty when disclosed; else what the file says instead, e.g. "pay ceiling 0"
record Pay(Money min, Money max, String why) {

    boolean disclosed() {
        return why.isEmpty();
    }

    /// Reads the two cells; `minName` and `maxName` are the headers, for the reason.
    static Pay read(String minCell, String maxCell, String minName, String maxName) {
        String a = Cells.text(minCell);
        String b = Cells.text(maxCell);
        if (Cells.undisclosed(b) || Cells.undisclosed(a)) {
            String shown = Cells.undisclosed(b) ? b : a;
            return none(shown.isEmpty() ? "no pay given" : "pay given as '" + shown + "'");
        }
        Money min = Cells.money(a);
        Money max = Cells.money(b);
        if (min == null || max == null) {
            return none("pay given as '" + (min == null ? a : b) + "', which is not an amount");
        }
        if (max.isZero()) {
            return none(name(maxName) + " 0");
        }
        if (min.signum() < 0 || min.compareTo(max) > 0) {
            return none(name(minName) + " " + min.formatPounds() + " above " + name(maxName) + " " + max.formatPounds());
        }
        return new Pay(min, max, "");
    }

    private static Pay none(String why) {
        return new Pay(null, null, why);
    }

    private static String name(String header) {
        return header.replace(" (£)", "").replace("(£)", "").strip().toLowerCase(java.util.Locale.ROOT);
    }
}
