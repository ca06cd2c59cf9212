package org.reshape.ui.metrics;

import java.util.List;
import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;
import org.reshape.metrics.ScenarioMetrics;

/// The layers pyramids of two structures side by side: one centred bar per
/// layer, as wide as the posts in it, with the count written on it.
final class LayersPyramid extends Region {
    private static final Color BEFORE = Color.web("#78909C");
    private static final Color AFTER = Color.web("#1E88E5");
    private final Canvas canvas = new Canvas();
    private List<ScenarioMetrics> shown = List.of();

    LayersPyramid() {
        setId("metrics-pyramid");
        getChildren().add(canvas);
        setMinSize(200, 120);
    }

    void show(ScenarioMetrics before, ScenarioMetrics after) {
        shown = List.of(before, after);
        draw();
    }

    @Override
    protected void layoutChildren() {
        canvas.setWidth(getWidth());
        canvas.setHeight(getHeight());
        draw();
    }

    private void draw() {
        GraphicsContext g = canvas.getGraphicsContext2D();
        double w = canvas.getWidth();
        double h = canvas.getHeight();
        g.clearRect(0, 0, w, h);
        if (shown.isEmpty() || w < 10 || h < 10) {
            return;
        }
        int depth = shown.stream().mapToInt(ScenarioMetrics::layers).max().orElse(1);
        int widest = shown.stream().flatMap(m -> m.postsPerLayer().stream()).mapToInt(Integer::intValue).max().orElse(1);
        double colW = w / 2;
        double top = 24;
        double rowH = Math.min(28, (h - top - 6) / Math.max(1, depth));
        for (int c = 0; c < 2; c++) {
            ScenarioMetrics m = shown.get(c);
            double x0 = c * colW;
            double labelW = 26;
            double barMax = colW - labelW - 16;
            g.setFill(Color.web("#263238"));
            g.setFont(Font.font("System", FontWeight.BOLD, 12));
            g.setTextAlign(TextAlignment.CENTER);
            g.setTextBaseline(VPos.CENTER);
            g.fillText(m.scenario().name() + " — " + m.layers() + " layers", x0 + colW / 2, 10);
            g.setFont(Font.font("System", 11));
            for (int l = 0; l < m.layers(); l++) {
                int posts = m.postsPerLayer().get(l);
                double y = top + l * rowH;
                double bw = Math.max(2, barMax * posts / widest);
                double cx = x0 + labelW + 8 + barMax / 2;
                boolean over = l + 1 > m.settings().maxLayers();
                g.setFill(over ? Color.web("#C62828") : c == 0 ? BEFORE : AFTER);
                g.fillRoundRect(cx - bw / 2, y + 2, bw, rowH - 4, 4, 4);
                g.setFill(Color.web("#455A64"));
                g.setTextAlign(TextAlignment.LEFT);
                g.fillText("L" + (l + 1), x0 + 4, y + rowH / 2);
                g.setTextAlign(TextAlignment.CENTER);
                g.setFill(bw > 30 ? Color.WHITE : Color.web("#263238"));
                g.fillText(String.valueOf(posts), bw > 30 ? cx : cx + bw / 2 + 10, y + rowH / 2);
            }
        }
    }
}
