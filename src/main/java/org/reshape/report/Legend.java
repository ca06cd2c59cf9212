package org.reshape.report;

import java.util.ArrayList;
import java.util.List;
import org.reshape.card.Badge;
import org.reshape.report.page.Colour;
import org.reshape.report.page.Drawing;
import org.reshape.report.page.Face;

/// The key under each chart page: division colours, the change badges used,
/// and what the colours of the occupancy line and "≈" mean.
final class Legend {
    static final double SIZE = 7.5;
    static final double LINE = 12;

    /// One entry: a swatch (a colour box, or a badge with text) and its words.
    record Item(Colour swatch, String badge, String words, Face face, Colour ink) {
        double width() {
            double sw = badge == null ? (swatch == null ? 0 : 11) : Face.BOLD.width(badge, SIZE) + 6 + 3;
            return sw + face.width(words, SIZE) + 12;
        }
    }

    private final List<Item> items = new ArrayList<>();

    void heading(String text) {
        items.add(new Item(null, null, text, Face.BOLD, CardStyle.TEXT));
    }

    void division(Colour colour, String name) {
        items.add(new Item(colour, null, name, Face.REGULAR, CardStyle.TEXT));
    }

    void badge(Badge b) {
        items.add(new Item(Colour.web(b.colour()), b.text(), b.meaning(), Face.REGULAR, CardStyle.TEXT));
    }

    void words(String text, Face face, Colour ink) {
        items.add(new Item(null, null, text, face, ink));
    }

    /// The height the legend takes at `width`.
    double height(double width) {
        return lines(width) * LINE;
    }

    private int lines(double width) {
        int lines = items.isEmpty() ? 0 : 1;
        double x = 0;
        for (Item it : items) {
            if (x > 0 && (x + it.width() > width || (it.face() == Face.BOLD && it.swatch() == null))) {
                lines++;
                x = 0;
            }
            x += it.width();
        }
        return lines;
    }

    /// Draws the legend from (`left`, `top`), wrapping at `width`; a heading starts a line.
    void draw(List<Drawing> out, double left, double top, double width) {
        double x = 0;
        double y = top;
        for (Item it : items) {
            if (x > 0 && (x + it.width() > width || (it.face() == Face.BOLD && it.swatch() == null))) {
                y += LINE;
                x = 0;
            }
            double cx = left + x;
            double baseline = y + 8.5;
            if (it.badge() != null) {
                double bw = Face.BOLD.width(it.badge(), SIZE) + 6;
                out.add(Drawing.Box.filled(cx, y + 1, bw, 10, 2.5, it.swatch()));
                out.add(new Drawing.Text(cx + 3, baseline, it.badge(), Face.BOLD, SIZE, Colour.WHITE));
                cx += bw + 3;
            } else if (it.swatch() != null) {
                out.add(Drawing.Box.filled(cx, y + 1.5, 8, 8, 2, it.swatch()));
                cx += 11;
            }
            out.add(new Drawing.Text(cx, baseline, it.words(), it.face(), SIZE, it.ink()));
            x += it.width();
        }
    }
}
