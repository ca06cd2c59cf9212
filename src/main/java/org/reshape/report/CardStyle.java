package org.reshape.report;

import org.reshape.card.CardSize;
import org.reshape.layout.LayoutOptions;
import org.reshape.layout.Orientation;
import org.reshape.report.page.Colour;

/// Sizes and colours of a printed card, in card units (1 unit = 1 point of A4
/// when a chart is printed at scale 1). The card's own sizes come from
/// `card.CardSize`, which the window draws too; the rest is paper's.
final class CardStyle {
    // What a card says and its size are the card model's (org.reshape.card), shared with the window.
    static final double TITLE_SIZE = CardSize.TITLE_SIZE;
    static final double TITLE_LINE = CardSize.TITLE_LINE;
    static final double BODY_SIZE = CardSize.BODY_SIZE;
    static final double BODY_LINE = CardSize.BODY_LINE;
    static final double BADGE_SIZE = CardSize.BADGE_SIZE;
    static final double BADGE_H = CardSize.BADGE_H;
    static final double BADGE_ROW = CardSize.BADGE_ROW;
    static final double MARK_SIZE = 9;
    static final double MARK_ROW = 12.5;
    /// The smallest text on a card; a chart is never printed so small that it falls below [#MIN_PRINTED_PT].
    static final double SMALLEST = BADGE_SIZE;
    static final double MIN_PRINTED_PT = 6;
    static final double PAD = CardSize.PAD;
    static final double STRIP = CardSize.STRIP;
    static final double RADIUS = CardSize.RADIUS;

    /// Gaps between cards; the level gap leaves room for a division's label above its first cards.
    static final LayoutOptions LAYOUT = new LayoutOptions(Orientation.VERTICAL, 34, 12, 18, true, 10, 13);
    static final double BAND_PAD = 4;
    static final double BAND_LABEL = 13;
    static final double BAND_LABEL_SIZE = 8.5;

    static final Colour BORDER = Colour.web(org.reshape.card.Ink.BORDER);
    static final Colour TEXT = Colour.web(org.reshape.card.Ink.TEXT);
    static final Colour MUTED = Colour.web(org.reshape.card.Ink.MUTED);
    static final Colour ASSUMED = Colour.web(org.reshape.card.Ink.ASSUMED);
    static final Colour VACANT = Colour.web(org.reshape.card.Ink.VACANT);
    static final Colour TEMPORARY = Colour.web(org.reshape.card.Ink.TEMPORARY);
    static final Colour LINE = Colour.web(org.reshape.card.Ink.LINE);
    static final Colour LINK = Colour.web("#1565C0");

    private CardStyle() {
    }
}
