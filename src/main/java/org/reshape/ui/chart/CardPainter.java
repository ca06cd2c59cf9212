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
import org.reshape.layout.Layout;
import org.reshape.report.page.FaceMeasure;

/// Paints cards, connectors and division outlines in world coordinates; the
/// caller has already applied the pan and zoom transform.
final class CardPainter {
    static final String FAMILY = "System";
    static final Font BADGE = Font.font(FAMILY, FontWeight.BOLD, 9);
    static final Font BAND = Font.font(FAMILY, FontWeight.BOLD, 13);
    private static final Color BORDER = Color.web("#90A4AE");
    private static final Color SELECTED = Color.web("#1565C0");
    private static final Color TEXT = Color.web("#1B1F23");
    private static final Color MUTED = Color.web("#4E5D66");
    private static final Color ASSUMED = Color.web("#8D6E63");
    private static final Color VACANT = Color.web("#C62828");
    private static final Color TEMPORARY = Color.web("#E65100");
    private static final Color LINE = Color.web("#78909C");

    private final Palette palette = new Palette();

    void band(GraphicsContext g, Band b, boolean solidFill, double scale) {
        Color c = palette.solid(b.colour());
        g.setFill(c.deriveColor(0, 1, 1, solidFill ? 0.55 : 0.07));
        g.fillRoundRect(b.minX(), b.minY(), b.maxX() - b.minX(), b.maxY() - b.minY(), 18, 18);
        g.setStroke(c.deriveColor(0, 1, 1, 0.6));
        g.setLineWidth(1.5 / scale);
        g.strokeRoundRect(b.minX(), b.minY(), b.maxX() - b.minX(), b.maxY() - b.minY(), 18, 18);
        double labelSize = 12 / scale; // the same size on screen at any zoom
        if (!b.name().isEmpty() && (b.maxX() - b.minX()) * scale > 90) {
            g.setFill(solidFill ? Color.web("#1B1F23") : c.darker());
            g.setFont(Font.font(FAMILY, FontWeight.BOLD, labelSize));
            g.setTextAlign(TextAlignment.LEFT);
            g.setTextBaseline(VPos.TOP);
            g.fillText(b.name(), b.minX() + 8, b.minY() + 4, b.maxX() - b.minX() - 16);
        }
    }

    void edge(GraphicsContext g, Layout l, int child, int parent, double levelGap, double stackIndent, boolean horizontal) {
        g.setStroke(LINE);
        if (horizontal) {
            double x1 = l.right(parent);
            double y1 = l.centerY(parent);
            double x2 = l.left(child);
            double y2 = l.centerY(child);
            double mid = x1 + levelGap / 2;
            g.strokePolyline(new double[] {x1, mid, mid, x2}, new double[] {y1, y1, y2, y2}, 4);
            return;
        }
        double x1 = l.x(parent);
        double y1 = l.bottom(parent);
        if (l.stacked(child)) {
            double spine = l.left(child) - stackIndent / 2;
            double yc = l.centerY(child);
            double mid = y1 + Math.min(levelGap, 24) / 2;
            g.strokePolyline(new double[] {x1, x1, spine, spine, l.left(child)}, new double[] {y1, mid, mid, yc, yc}, 5);
            return;
        }
        double x2 = l.x(child);
        double y2 = l.top(child);
        double mid = y2 - levelGap / 2;
        g.strokePolyline(new double[] {x1, x1, x2, x2}, new double[] {y1, mid, mid, y2}, 4);
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

    /// Draws the card model's card as the appendix prints it, [CardSize#SCREEN] times larger, in the same
    /// bundled fonts, so the lines break where the appendix breaks them.
    void card(GraphicsContext g, Layout l, int i, Card c, boolean selected) {
        org.reshape.card.Card f = c.face();
        double x = l.left(i);
        double y = l.top(i);
        double h = l.height(i);
        g.save();
        g.translate(x, y);
        g.scale(CardSize.SCREEN, CardSize.SCREEN);
        double w = f.width();
        double ch = f.height();
        double r = 2 * CardSize.RADIUS;
        g.setFill(c.ghost() ? Color.rgb(255, 255, 255, 0.7) : palette.tint(c.colour()));
        g.fillRoundRect(0, 0, w, ch, r, r);
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
        g.strokeRoundRect(0, 0, w, ch, r, r);
        g.setLineDashes();

        double tx = CardSize.PAD;
        double ty = CardSize.PAD + CardSize.STRIP;
        double maxW = w - 2 * CardSize.PAD;
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.TOP);
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
        g.fillText(f.range(), tx, ty, maxW);
        ty += CardSize.BODY_LINE;
        g.fillText(f.fte(), tx, ty, maxW);
        ty += CardSize.BODY_LINE;
        g.setFill(switch (f.tone()) {
            case NORMAL -> MUTED;
            case VACANT -> VACANT;
            case TEMPORARY -> TEMPORARY;
        });
        for (String line : f.occupancy()) {
            g.fillText(line, tx, ty, maxW);
            ty += CardSize.BODY_LINE;
        }
        g.setFont(CardFonts.BADGE);
        for (List<Badge> row : f.badgeRows()) {
            double bx = tx;
            for (Badge b : row) {
                double bw = CardSize.badgeWidth(b, FaceMeasure.INSTANCE);
                g.setFill(palette.solid(b.colour()));
                g.fillRoundRect(bx, ty + 1.5, bw, CardSize.BADGE_H, 6, 6);
                g.setFill(Color.WHITE);
                g.fillText(b.text(), bx + CardSize.BADGE_PAD / 2, ty + 2.5);
                bx += bw + CardSize.BADGE_GAP;
            }
            ty += CardSize.BADGE_ROW;
        }
        g.restore();
        if (c.reports() > 0) {
            handle(g, l.x(i), y + h, c);
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
