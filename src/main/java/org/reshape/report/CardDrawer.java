package org.reshape.report;

import java.util.List;
import org.reshape.card.Badge;
import org.reshape.card.Card;
import org.reshape.card.CardSize;
import org.reshape.layout.Layout;
import org.reshape.report.page.Colour;
import org.reshape.report.page.Drawing;
import org.reshape.report.page.Face;
import org.reshape.report.page.TextWrap;

/// Draws cards and connectors as the window's `CardPainter` does, into a
/// display list in card units.
final class CardDrawer {
    /// Baseline below the top of a line box, as a share of the font size.
    private static final double ASCENT = 0.86;

    private CardDrawer() {
    }

    static void edge(List<Drawing> out, Layout l, int child, int parent) {
        double gap = CardStyle.LAYOUT.levelGap();
        double x1 = l.x(parent);
        double y1 = l.bottom(parent);
        if (l.stacked(child)) {
            double spine = l.left(child) - CardStyle.LAYOUT.stackIndent() / 2;
            double yc = l.top(child) + Math.min(20, l.height(child) / 2);
            double mid = y1 + gap / 2;
            out.add(new Drawing.Line(new double[] {x1, x1, spine, spine, l.left(child)}, new double[] {y1, mid, mid, yc, yc},
                    CardStyle.LINE, 0.9));
            return;
        }
        double x2 = l.x(child);
        double y2 = l.top(child);
        double mid = y2 - gap / 2;
        out.add(new Drawing.Line(new double[] {x1, x1, x2, x2}, new double[] {y1, mid, mid, y2}, CardStyle.LINE, 0.9));
    }

    /// @param from the "continued from" text, or null
    /// @param on   the "continued on" text, or null
    static void card(List<Drawing> out, Layout l, int i, Card c, String from, String on) {
        card(out, l.left(i), l.top(i), l.width(i), l.height(i), c, from, on);
    }

    /// A card in the box at (`x`, `y`), `w` × `h` card units.
    static void card(List<Drawing> out, double x, double y, double w, double h, Card c, String from, String on) {
        Colour colour = Colour.web(c.colour());
        Colour tint = colour.tint(org.reshape.card.Ink.TINT);
        out.add(Drawing.Box.filled(x, y, w, h, CardStyle.RADIUS, tint));
        out.add(Drawing.Box.filled(x, y, w, CardStyle.STRIP + CardStyle.RADIUS, CardStyle.RADIUS, colour));
        out.add(Drawing.Box.filled(x, y + CardStyle.STRIP, w, CardStyle.RADIUS, 0, tint));
        out.add(Drawing.Box.outlined(x, y, w, h, CardStyle.RADIUS, CardStyle.BORDER, 0.75));

        double tx = x + CardStyle.PAD;
        double ty = y + CardStyle.PAD + CardStyle.STRIP;
        for (String line : c.title()) {
            text(out, tx, ty, line, Face.BOLD, CardStyle.TITLE_SIZE, CardStyle.TEXT);
            ty += CardStyle.TITLE_LINE;
        }
        ty += 2;
        text(out, tx, ty, c.grade(), c.gradeAssumed() ? Face.ITALIC : Face.REGULAR, CardStyle.BODY_SIZE,
                c.gradeAssumed() ? CardStyle.ASSUMED : CardStyle.TEXT);
        ty += CardStyle.BODY_LINE;
        text(out, tx, ty, c.range(), Face.REGULAR, CardStyle.BODY_SIZE, CardStyle.MUTED);
        ty += CardStyle.BODY_LINE;
        text(out, tx, ty, c.fte(), Face.REGULAR, CardStyle.BODY_SIZE, CardStyle.MUTED);
        ty += CardStyle.BODY_LINE;
        Colour tone = switch (c.tone()) {
            case NORMAL -> CardStyle.MUTED;
            case VACANT -> CardStyle.VACANT;
            case TEMPORARY -> CardStyle.TEMPORARY;
        };
        for (String line : c.occupancy()) {
            text(out, tx, ty, line, Face.REGULAR, CardStyle.BODY_SIZE, tone);
            ty += CardStyle.BODY_LINE;
        }
        for (List<Badge> row : c.badgeRows()) {
            double bx = tx;
            for (Badge b : row) {
                double bw = ChartModel.badgeWidth(b);
                out.add(Drawing.Box.filled(bx, ty + 1.5, bw, CardStyle.BADGE_H, 3, Colour.web(b.colour())));
                out.add(new Drawing.Text(bx + 3.5, ty + 1.5 + CardStyle.BADGE_H - 3, b.text(), Face.BOLD, CardStyle.BADGE_SIZE, Colour.WHITE));
                bx += bw + CardSize.BADGE_GAP;
            }
            ty += CardStyle.BADGE_ROW;
        }
        double my = y + c.height() - CardStyle.PAD + 1;
        if (from != null || on != null) {
            out.add(Drawing.Line.of(x + 4, my, x + w - 4, my, CardStyle.BORDER, 0.5));
        }
        for (String mark : new String[] {from, on}) {
            if (mark != null) {
                text(out, tx, my + 1.5, TextWrap.ellipsis(mark, Face.BOLD, CardStyle.MARK_SIZE, w - 2 * CardStyle.PAD), Face.BOLD,
                        CardStyle.MARK_SIZE, CardStyle.LINK);
                my += CardStyle.MARK_ROW;
            }
        }
    }

    /// Text whose line box starts at `top`.
    static void text(List<Drawing> out, double x, double top, String s, Face face, double size, Colour colour) {
        if (!s.isEmpty()) {
            out.add(new Drawing.Text(x, top + size * ASCENT + 1, s, face, size, colour));
        }
    }
}
