package org.reshape.card;

/// The sizes of a card, in card units (1 unit = 1 point of paper at scale 1).
/// The window draws the same card [#SCREEN] times larger, so it wraps and
/// measures exactly as it prints.
public final class CardSize {
    public static final double TITLE_SIZE = 11;
    public static final double TITLE_LINE = 13;
    public static final double BODY_SIZE = 10;
    public static final double BODY_LINE = 12;
    public static final double BADGE_SIZE = 9;
    public static final double BADGE_H = 12;
    public static final double BADGE_ROW = 15;
    /// Space a badge takes beyond its word, and between two badges.
    public static final double BADGE_PAD = 7;
    public static final double BADGE_GAP = 3;
    public static final double PAD = 6;
    public static final double STRIP = 4;
    public static final double RADIUS = 5;
    public static final double MIN_W = 112;
    public static final double MAX_W = 152;
    public static final int MAX_TITLE_LINES = 6;
    public static final int MAX_OCCUPANCY_LINES = 2;
    /// How much larger the window draws a card than paper does at scale 1: its
    /// 11-point title is about 14 pixels at zoom 1.
    public static final double SCREEN = 1.25;

    private CardSize() {
    }

    /// The width a badge takes on a card.
    public static double badgeWidth(Badge b, Measure measure) {
        return measure.width(b.text(), Measure.Style.BOLD, BADGE_SIZE) + BADGE_PAD;
    }
}
