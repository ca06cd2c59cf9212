package org.reshape.card;

import java.util.List;

/// The colours a card's words are written in, the same on screen and on paper,
/// each reading at 4.5:1 or more on every division's card tint (WCAG AA; a test
/// checks every division colour Reshape gives).
public final class Ink {
    public static final String TEXT = "#1B1F23";
    public static final String MUTED = "#4E5D66";
    /// An assumed grade ("≈"), in italics.
    public static final String ASSUMED = "#6D4C41";
    public static final String VACANT = "#B71C1C";
    /// Interim, acting, fixed-term.
    public static final String TEMPORARY = "#A63A00";
    public static final String BORDER = "#90A4AE";
    public static final String LINE = "#78909C";
    /// How far a card's background is mixed from its division's colour towards white.
    public static final double TINT = 0.86;
    /// Every colour words are written in on a card's tint.
    public static final List<String> ON_CARDS = List.of(TEXT, MUTED, ASSUMED, VACANT, TEMPORARY);

    private Ink() {
    }
}
