package org.reshape.ui.chart;

import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;
import org.reshape.layout.Layout;

/// While a card is dragged: the card follows the pointer, the card or division
/// it would land on is outlined (green when allowed, red when refused) and a
/// line under the pointer says what will happen, or why not.
public final class DropFeedback {
    private static final Color OK = Color.web("#2E7D32");
    private static final Color REFUSED = Color.web("#C62828");

    private DropFeedback() {
    }

    static void paint(GraphicsContext g, ChartScene s, String dragKey, double x, double y, String target, String refusal,
               Band band, double zoom) {
        Layout l = s.layout();
        int d = s.indexOf(dragKey);
        String text;
        Color colour;
        if (target != null) {
            int t = s.indexOf(target);
            colour = refusal == null ? OK : REFUSED;
            g.setStroke(colour);
            g.setLineWidth(4 / zoom);
            g.strokeRoundRect(l.left(t) - 4, l.top(t) - 4, l.width(t) + 8, l.height(t) + 8, 14, 14);
            text = refusal == null ? "Report to " + s.card(t).title().getFirst() + "… (Shift: move this post alone)" : refusal;
        } else if (band != null) {
            colour = OK;
            g.setStroke(colour);
            g.setLineWidth(4 / zoom);
            g.strokeRoundRect(band.minX(), band.minY(), band.maxX() - band.minX(), band.maxY() - band.minY(), 18, 18);
            text = "Move to " + band.name();
        } else {
            colour = Color.web("#455A64");
            text = "Drop on a post to report to it, or on a division";
        }
        if (d >= 0) {
            g.setGlobalAlpha(0.55);
            g.setFill(Color.WHITE);
            g.fillRoundRect(x - l.width(d) / 2, y - 10, l.width(d), l.height(d), 10, 10);
            g.setStroke(colour);
            g.setLineWidth(2 / zoom);
            g.strokeRoundRect(x - l.width(d) / 2, y - 10, l.width(d), l.height(d), 10, 10);
            g.setGlobalAlpha(1);
        }
        label(g, text, colour, x, y);
    }

    private static final Font LABEL = Font.font(CardPainter.FAMILY, FontWeight.BOLD, 13);
    private static TextMetrics labelMetrics;

    /// The lines of a hint or reason on a chart `chartWidth` pixels wide: each at most 380 px of 13 px text.
    public static java.util.List<String> labelLines(String text, double chartWidth) {
        if (labelMetrics == null) {
            labelMetrics = new TextMetrics(LABEL);
        }
        return labelMetrics.wrap(text, Math.max(120, Math.min(LABEL_WIDTH, chartWidth - 24)), 6);
    }

    /// The widest a hint or reason is drawn, in screen pixels.
    public static final double LABEL_WIDTH = 380;

    /// The width of a line of the hint, in screen pixels.
    public static double labelWidth(String line) {
        labelLines("", 400);
        return labelMetrics.width(line);
    }

    /// The hint or the reason beside the pointer, drawn in screen pixels (13 px at any zoom),
    /// wrapped to at most 380 px and kept inside the chart.
    private static void label(GraphicsContext g, String text, Color colour, double x, double y) {
        javafx.geometry.Point2D at = g.getTransform().transform(x, y);
        double cw = g.getCanvas().getWidth();
        double ch = g.getCanvas().getHeight();
        java.util.List<String> lines = labelLines(text, cw);
        double w = 0;
        for (String line : lines) {
            w = Math.max(w, labelMetrics.width(line));
        }
        double lineH = 17;
        double h = lines.size() * lineH;
        double lx = Math.max(8, Math.min(at.getX() + 16, cw - w - 16));
        double ly = Math.max(8, Math.min(at.getY() + 20, ch - h - 14));
        javafx.scene.transform.Affine world = g.getTransform();
        g.setTransform(1, 0, 0, 1, 0, 0);
        g.setFill(Color.rgb(255, 255, 255, 0.96));
        g.fillRoundRect(lx - 6, ly - 4, w + 12, h + 8, 8, 8);
        g.setStroke(colour);
        g.setLineWidth(1.5);
        g.strokeRoundRect(lx - 6, ly - 4, w + 12, h + 8, 8, 8);
        g.setFont(LABEL);
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.TOP);
        g.setFill(colour);
        for (String line : lines) {
            g.fillText(line, lx, ly);
            ly += lineH;
        }
        g.setTransform(world);
    }
}
