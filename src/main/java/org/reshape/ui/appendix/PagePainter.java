package org.reshape.ui.appendix;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.Map;
import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;
import org.reshape.report.page.Colour;
import org.reshape.report.page.Drawing;
import org.reshape.report.page.Face;
import org.reshape.report.page.Page;

/// Draws a report page on a JavaFX canvas, from the same display list as the
/// PDF and with the same fonts (Liberation Sans from the jar), so the preview
/// and the printout paginate exactly as the PDF does.
public final class PagePainter {
    private static final Map<Face, String> FAMILIES = new EnumMap<>(Face.class);
    private static final Map<Face, String> STYLES = new EnumMap<>(Face.class);

    private PagePainter() {
    }

    /// A canvas of the page at `scale` pixels per page unit.
    public static Canvas canvas(Page page, double scale) {
        Canvas c = new Canvas(Math.ceil(page.width() * scale), Math.ceil(page.height() * scale));
        GraphicsContext g = c.getGraphicsContext2D();
        g.setFill(Color.WHITE);
        g.fillRect(0, 0, c.getWidth(), c.getHeight());
        g.scale(scale, scale);
        paint(g, page);
        return c;
    }

    public static void paint(GraphicsContext g, Page page) {
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.BASELINE);
        for (Drawing d : page.drawings()) {
            draw(g, d);
        }
    }

    private static void draw(GraphicsContext g, Drawing d) {
        switch (d) {
            case Drawing.Box b -> {
                if (b.fill() != null) {
                    g.setFill(fx(b.fill()));
                    g.fillRoundRect(b.x(), b.y(), b.w(), b.h(), 2 * b.radius(), 2 * b.radius());
                }
                if (b.stroke() != null) {
                    g.setStroke(fx(b.stroke()));
                    g.setLineWidth(b.lineWidth());
                    if (b.dashed()) {
                        g.setLineDashes(3 * b.lineWidth() + 2, 2 * b.lineWidth() + 1);
                    }
                    g.strokeRoundRect(b.x(), b.y(), b.w(), b.h(), 2 * b.radius(), 2 * b.radius());
                    g.setLineDashes();
                }
            }
            case Drawing.Line l -> {
                g.setStroke(fx(l.colour()));
                g.setLineWidth(l.width());
                g.strokePolyline(l.xs(), l.ys(), l.xs().length);
            }
            case Drawing.Text t -> {
                g.setFill(fx(t.colour()));
                g.setFont(font(t.face(), t.size()));
                g.fillText(t.text(), t.x(), t.baseline());
            }
            case Drawing.Group group -> {
                g.save();
                g.translate(group.dx(), group.dy());
                g.scale(group.scale(), group.scale());
                group.items().forEach(i -> draw(g, i));
                g.restore();
            }
            // structure and artifacts matter to a PDF reader, not to the picture
            case Drawing.Tagged t -> t.items().forEach(i -> draw(g, i));
            case Drawing.Artifact a -> a.items().forEach(i -> draw(g, i));
        }
    }

    private static Color fx(Colour c) {
        return Color.rgb(c.r(), c.g(), c.b());
    }

    static synchronized Font font(Face face, double size) {
        if (!FAMILIES.containsKey(face)) {
            try (InputStream in = PagePainter.class.getResourceAsStream(face.resource())) {
                Font f = in == null ? null : Font.loadFont(in, 10);
                FAMILIES.put(face, f == null ? "System" : f.getFamily());
                STYLES.put(face, f == null ? "" : f.getStyle());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return switch (face) {
            case REGULAR -> Font.font(FAMILIES.get(face), size);
            case BOLD -> Font.font(FAMILIES.get(face), javafx.scene.text.FontWeight.BOLD, size);
            case ITALIC -> Font.font(FAMILIES.get(face), javafx.scene.text.FontPosture.ITALIC, size);
        };
    }
}
