package org.reshape.ui.chart;

import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;
import java.util.List;
import org.reshape.card.Badge;
import org.reshape.card.CardSize;
import org.reshape.layout.Connector;
import org.reshape.layout.Layout;
import org.reshape.report.page.FaceMeasure;

/// Paints cards, connectors and division outlines in world coordinates; the
/// caller has already applied the pan and zoom transform.
final class CardPainter {
    static final String FAMILY = "System";
    /// The card's title and body fonts at the size they are on screen at zoom 1: the chart picks its detail by them.
    static final Font TITLE = Font.font(CardFonts.TITLE.getFamily(), FontWeight.BOLD, CardSize.TITLE_SIZE * CardSize.SCREEN);
    static final Font BODY = Font.font(CardFonts.BODY.getFamily(), CardSize.BODY_SIZE * CardSize.SCREEN);
    static final Font BADGE = Font.font(FAMILY, FontWeight.BOLD, 9);
    static final Font BAND = Font.font(FAMILY, FontWeight.BOLD, 13);
    static final Color BORDER = Color.web(org.reshape.card.Ink.BORDER);
    private static final Color SELECTED = Color.web("#1565C0");
    static final Color TEXT = Color.web(org.reshape.card.Ink.TEXT);
    static final Color MUTED = Color.web(org.reshape.card.Ink.MUTED);
    static final Color ASSUMED = Color.web(org.reshape.card.Ink.ASSUMED);
    static final Color VACANT = Color.web(org.reshape.card.Ink.VACANT);
    static final Color TEMPORARY = Color.web(org.reshape.card.Ink.TEMPORARY);
    static final Color LINE = Color.web(org.reshape.card.Ink.LINE);

    private final Palette palette = new Palette();

    void band(GraphicsContext g, Band b, boolean solidFill, double scale) {
        Color c = palette.solid(b.colour());
        g.setFill(c.deriveColor(0, 1, 1, solidFill ? BLOCK : WASH));
        g.fillRoundRect(b.minX(), b.minY(), b.maxX() - b.minX(), b.maxY() - b.minY(), 18, 18);
        g.setStroke(c.deriveColor(0, 1, 1, 0.6));
        g.setLineWidth(1.5 / scale);
        g.strokeRoundRect(b.minX(), b.minY(), b.maxX() - b.minX(), b.maxY() - b.minY(), 18, 18);
        double labelSize = 12 / scale; // the same size on screen at any zoom
        if (!b.name().isEmpty() && (b.maxX() - b.minX()) * scale > 90) {
            g.setFill(bandLabel(b.colour(), solidFill));
            g.setFont(Font.font(FAMILY, FontWeight.BOLD, labelSize));
            g.setTextAlign(TextAlignment.LEFT);
            g.setTextBaseline(VPos.TOP);
            g.fillText(b.name(), b.minX() + 8, b.minY() + 4, b.maxX() - b.minX() - 16);
        }
    }

    /// The chart's background, under the division outlines.
    static final String BACKGROUND_HEX = "#F7F9FA";
    static final Color BACKGROUND = Color.web(BACKGROUND_HEX);
    /// How much of the division's colour an outline lays over the background: a pale wash, or the blocks seen from afar.
    static final double WASH = 0.07;
    static final double BLOCK = 0.55;

    /// The colour of a division's name on its outline, reading at 4.5:1 or more (the appendix's rule).
    static Color bandLabel(String colour, boolean solidFill) {
        org.reshape.report.page.Colour c = org.reshape.report.page.Colour.web(colour);
        org.reshape.report.page.Colour bg = org.reshape.report.page.Colour.web(BACKGROUND_HEX).mix(c, solidFill ? BLOCK : WASH);
        org.reshape.report.page.Colour text = solidFill ? org.reshape.report.page.Contrast.readable(org.reshape.report.page.Colour.web("#1B1F23"), bg)
                : org.reshape.report.page.Contrast.label(c, bg);
        return Color.rgb(text.r(), text.g(), text.b());
    }

    void edge(GraphicsContext g, Layout l, int child, int parent, double levelGap, double stackIndent) {
        g.setStroke(LINE);
        Connector c = Connector.of(l, child, parent, levelGap, stackIndent);
        g.strokePolyline(c.xs(), c.ys(), c.xs().length);
    }

    void box(GraphicsContext g, Layout l, int i, Card c, boolean selected) {
        g.setFill(c.ghost() ? Color.web("#ECEFF1") : palette.solid(c.colour()));
        g.fillRect(l.left(i), l.top(i), l.width(i), l.height(i));
        if (selected) {
            g.setStroke(SELECTED);
            g.setLineWidth(8);
            g.strokeRect(l.left(i), l.top(i), l.width(i), l.height(i));
        }
    }

    /// A titles-only card: the wrapped title and the grade, then the change badges.
    void titleCard(GraphicsContext g, Layout l, int i, Card c, boolean selected) {
        card(g, l, i, c, selected);
    }

    /// Draws the card model's card as the appendix prints it, [CardSize#SCREEN] times larger, in the same
    /// bundled fonts, so the lines break where the appendix breaks them. A titles-only card has no range,
    /// FTE or occupancy lines, so the same drawing serves both details.
    void card(GraphicsContext g, Layout l, int i, Card c, boolean selected) {
        org.reshape.card.Card f = c.face();
        g.save();
        g.translate(l.left(i), l.top(i));
        g.scale(CardSize.SCREEN, CardSize.SCREEN);
        frame(g, c, selected);
        double tx = CardSize.PAD;
        double ty = CardSize.PAD + CardSize.STRIP;
        double maxW = f.width() - 2 * CardSize.PAD;
        Color ink = c.ghost() ? MUTED : TEXT;
        g.setFill(ink);
        g.setFont(CardFonts.TITLE);
        for (String line : f.title()) {
            g.fillText(line, tx, ty, maxW);
            ty += CardSize.TITLE_LINE;
        }
        ty += 2;
        g.setFont(f.gradeAssumed() ? CardFonts.ITALIC : CardFonts.BODY);
        g.setFill(f.gradeAssumed() ? ASSUMED : ink);
        g.fillText(f.grade(), tx, ty, maxW);
        ty += CardSize.BODY_LINE;
        g.setFont(CardFonts.BODY);
        g.setFill(MUTED);
        for (String line : new String[] {f.range(), f.fte()}) {
            if (!line.isEmpty()) {
                g.fillText(line, tx, ty, maxW);
                ty += CardSize.BODY_LINE;
            }
        }
        g.setFill(switch (f.tone()) {
            case NORMAL -> MUTED;
            case VACANT -> VACANT;
            case TEMPORARY -> TEMPORARY;
        });
        for (String line : f.occupancy()) {
            g.fillText(line, tx, ty, maxW);
            ty += CardSize.BODY_LINE;
        }
        badges(g, f, tx, ty);
        g.restore();
        if (c.reports() > 0) {
            handle(g, l.x(i), l.bottom(i), c);
        }
    }

    /// The card's background, division strip and border, in card units.
    private void frame(GraphicsContext g, Card c, boolean selected) {
        double w = c.face().width();
        double h = c.face().height();
        double r = 2 * CardSize.RADIUS;
        g.setFill(c.ghost() ? Color.rgb(255, 255, 255, 0.7) : palette.tint(c.colour()));
        g.fillRoundRect(0, 0, w, h, r, r);
        if (!c.ghost()) {
            g.setFill(palette.solid(c.colour()));
            g.fillRoundRect(0, 0, w, CardSize.STRIP + CardSize.RADIUS, r, r);
            g.setFill(palette.tint(c.colour()));
            g.fillRect(0, CardSize.STRIP, w, CardSize.RADIUS);
        }
        g.setLineWidth((selected ? 3 : 1) / CardSize.SCREEN);
        g.setStroke(selected ? SELECTED : c.ghost() ? VACANT : BORDER);
        if (c.ghost()) {
            g.setLineDashes(5, 3);
        }
        g.strokeRoundRect(0, 0, w, h, r, r);
        g.setLineDashes();
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.TOP);
    }

    private void badges(GraphicsContext g, org.reshape.card.Card f, double x, double y) {
        g.setFont(CardFonts.BADGE);
        for (List<Badge> row : f.badgeRows()) {
            double bx = x;
            for (Badge b : row) {
                double bw = CardSize.badgeWidth(b, FaceMeasure.INSTANCE);
                g.setFill(palette.solid(b.colour()));
                g.fillRoundRect(bx, y + 1.5, bw, CardSize.BADGE_H, 6, 6);
                g.setFill(Color.WHITE);
                g.fillText(b.text(), bx + CardSize.BADGE_PAD / 2, y + 2.5);
                bx += bw + CardSize.BADGE_GAP;
            }
            y += CardSize.BADGE_ROW;
        }
    }

    /// The round button under a manager's card that collapses or expands its reports.
    private void handle(GraphicsContext g, double cx, double cy, Card c) {
        double r = 9;
        g.setFill(c.collapsed() ? SELECTED : Color.WHITE);
        g.fillOval(cx - r, cy - r, 2 * r, 2 * r);
        g.setStroke(SELECTED);
        g.setLineWidth(1);
        g.strokeOval(cx - r, cy - r, 2 * r, 2 * r);
        g.setFill(c.collapsed() ? Color.WHITE : SELECTED);
        g.setFont(BADGE);
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.CENTER);
        g.fillText(c.collapsed() ? "+" + c.reports() : "−", cx, cy);
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.TOP);
    }

    static boolean onHandle(Layout l, int i, Card c, double wx, double wy) {
        if (c.reports() == 0) {
            return false;
        }
        double dx = wx - l.x(i);
        double dy = wy - l.bottom(i);
        return dx * dx + dy * dy <= 11 * 11;
    }
}
