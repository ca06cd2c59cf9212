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
final class DropFeedback {
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
        g.setFont(Font.font(CardPainter.FAMILY, FontWeight.BOLD, 12 / zoom));
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.TOP);
        double tx = x + 14 / zoom;
        double ty = y + 18 / zoom;
        double w = Math.min(text.length() * 7.2, 560) / zoom;
        g.setFill(Color.rgb(255, 255, 255, 0.92));
        g.fillRoundRect(tx - 4 / zoom, ty - 3 / zoom, w + 8 / zoom, 20 / zoom, 6 / zoom, 6 / zoom);
        g.setFill(colour);
        g.fillText(text, tx, ty, w);
    }
}
