package org.reshape.report;

import java.util.Locale;

/// The paper an appendix is printed on. Pages are laid out on A4 and printed
/// on A3 at √2 the size (A3 is exactly A4 scaled by √2), so both look alike and
/// A3 gives a chart √2 more room before it has to be split.
public enum Paper {
    A4(1.0),
    A3(Math.sqrt(2));

    /// A4 in points, portrait.
    static final double A4_SHORT = 595.28;
    static final double A4_LONG = 841.89;

    private final double unit;

    Paper(double unit) {
        this.unit = unit;
    }

    /// Points on paper per layout unit.
    public double unit() {
        return unit;
    }

    /// "a4" or "A3".
    public static Paper parse(String text) {
        try {
            return valueOf(text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("'" + text + "' is not a paper size; use a4 or a3", e);
        }
    }
}
