package org.reshape.ui.chart;

import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontPosture;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;
import org.reshape.layout.Layout;

/// Paints cards, connectors and division outlines in world coordinates; the
/// caller has already applied the pan and zoom transform.
final class CardPainter {
    static final String FAMILY = "System";
    static final Font TITLE = Font.font(FAMILY, FontWeight.BOLD, 12);
    static final Font BODY = Font.font(FAMILY, FontWeight.NORMAL, 11);
    static final Font BODY_ITALIC = Font.font(FAMILY, FontWeight.NORMAL, FontPosture.ITALIC, 11);
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

    /// A titles-only card: the wrapped title and the grade, then the change badges.
    void titleCard(GraphicsContext g, Layout l, int i, Card c, boolean selected) {
        double y = frame(g, l, i, c, selected);
        double tx = l.left(i) + ChartScene.PAD;
        double maxW = l.width(i) - 2 * ChartScene.PAD;
        Color ink = c.ghost() ? MUTED : TEXT;
        g.setFill(ink);
        g.setFont(TITLE);
        for (String line : c.title()) {
            g.fillText(line, tx, y, maxW);
            y += ChartScene.TITLE_LINE;
        }
        y += 2;
        g.setFont(c.gradeAssumed() ? BODY_ITALIC : BODY);
        g.setFill(c.gradeAssumed() ? ASSUMED : MUTED);
        g.fillText(c.grade(), tx, y, maxW);
        y += ChartScene.BODY_LINE + 2;
        badges(g, c, tx, y);
        if (c.reports() > 0) {
            handle(g, l.x(i), l.bottom(i), c);
        }
    }

    /// The card's background, division strip and border; returns where its text starts.
    private double frame(GraphicsContext g, Layout l, int i, Card c, boolean selected) {
        double x = l.left(i);
        double y = l.top(i);
        double w = l.width(i);
        double h = l.height(i);
        g.setFill(c.ghost() ? Color.rgb(255, 255, 255, 0.7) : palette.tint(c.colour()));
        g.fillRoundRect(x, y, w, h, 10, 10);
        if (!c.ghost()) {
            g.setFill(palette.solid(c.colour()));
            g.fillRoundRect(x, y, w, ChartScene.STRIP + 5, 10, 10);
            g.setFill(palette.tint(c.colour()));
            g.fillRect(x, y + ChartScene.STRIP, w, 5);
        }
        g.setLineWidth(selected ? 3 : 1);
        g.setStroke(selected ? SELECTED : c.ghost() ? VACANT : BORDER);
        if (c.ghost()) {
            g.setLineDashes(6, 4);
        }
        g.strokeRoundRect(x, y, w, h, 10, 10);
        g.setLineDashes();
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.TOP);
        return y + ChartScene.PAD + ChartScene.STRIP;
    }

    private void badges(GraphicsContext g, Card c, double x, double y) {
        double bx = x;
        g.setFont(BADGE);
        for (CardMark m : c.marks()) {
            double bw = badgeWidth(m);
            g.setFill(palette.solid(m.colour()));
            g.fillRoundRect(bx, y, bw, 13, 6, 6);
            g.setFill(Color.WHITE);
            g.fillText(m.badge(), bx + 4, y + 1.5);
            bx += bw + 3;
        }
    }

    void card(GraphicsContext g, Layout l, int i, Card c, boolean selected) {
        double ty = frame(g, l, i, c, selected);
        double tx = l.left(i) + ChartScene.PAD;
        double maxW = l.width(i) - 2 * ChartScene.PAD;
        Color ink = c.ghost() ? MUTED : TEXT;
        g.setFill(ink);
        g.setFont(TITLE);
        for (String line : c.title()) {
            g.fillText(line, tx, ty, maxW);
            ty += ChartScene.TITLE_LINE;
        }
        ty += 2;
        g.setFont(c.gradeAssumed() ? BODY_ITALIC : BODY);
        g.setFill(c.gradeAssumed() ? ASSUMED : ink);
        g.fillText(c.grade(), tx, ty, maxW);
        ty += ChartScene.BODY_LINE;
        g.setFont(BODY);
        g.setFill(MUTED);
        g.fillText(c.range(), tx, ty, maxW);
        ty += ChartScene.BODY_LINE;
        g.fillText(c.fte(), tx, ty, maxW);
        ty += ChartScene.BODY_LINE;
        g.setFill(!c.vacantOrTemporary() ? MUTED : c.occupancy().startsWith("Vacant") ? VACANT : TEMPORARY);
        g.fillText(c.occupancy(), tx, ty, maxW);
        ty += ChartScene.BODY_LINE + 2;
        badges(g, c, tx, ty);
        if (c.reports() > 0) {
            handle(g, l.x(i), l.bottom(i), c);
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

    private static TextMetrics badgeMetrics;

    /// The width of a change badge, measured in its font.
    static double badgeWidth(CardMark m) {
        if (badgeMetrics == null) {
            badgeMetrics = new TextMetrics(BADGE);
        }
        return badgeMetrics.width(m.badge()) + 8;
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
