package org.reshape.report.pdf;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.reshape.report.page.Colour;
import org.reshape.report.page.Drawing;
import org.reshape.report.page.Face;
import org.reshape.report.page.FontMetrics;
import org.reshape.report.page.Page;
import org.reshape.report.page.PagedDocument;

/// Writes a [PagedDocument] as a PDF with Apache PDFBox: vector shapes, and the
/// report's TrueType fonts embedded as subsets (Type 0 with a ToUnicode map), so
/// "£" and "–" print on any printer and the text can be searched and copied.
public final class PdfWriter {
    /// Bézier handle length for a quarter circle.
    private static final double KAPPA = 0.5522847498;

    private PdfWriter() {
    }

    /// Writes the document to `out` (which stays open).
    public static void write(PagedDocument document, OutputStream out) throws IOException {
        try (PDDocument pdf = new PDDocument()) {
            PDDocumentInformation info = pdf.getDocumentInformation();
            info.setTitle(document.title());
            info.setSubject(document.subject());
            info.setCreator("Reshape");
            info.setCreationDate(Calendar.getInstance());
            pdf.getDocumentCatalog().setLanguage("en-GB");
            Map<Face, PDType0Font> fonts = new EnumMap<>(Face.class);
            List<TrueTypeFont> parsed = new ArrayList<>();
            try {
                for (Page page : document.pages()) {
                    PDPage p = new PDPage(new PDRectangle((float) (page.width() * page.unit()), (float) (page.height() * page.unit())));
                    pdf.addPage(p);
                    try (PDPageContentStream cs = new PDPageContentStream(pdf, p)) {
                        new Painter(pdf, cs, fonts, parsed, p.getMediaBox().getHeight()).draw(page.drawings(), page.unit(), 0, 0);
                    }
                }
                pdf.save(out);
            } finally {
                for (TrueTypeFont ttf : parsed) {
                    ttf.close();
                }
            }
        }
    }

    /// Draws display lists into one page's content stream.
    private record Painter(PDDocument pdf, PDPageContentStream cs, Map<Face, PDType0Font> fonts, List<TrueTypeFont> parsed,
                           float pageHeight) {

        void draw(Iterable<Drawing> items, double s, double dx, double dy) throws IOException {
            for (Drawing d : items) {
                switch (d) {
                    case Drawing.Box b -> box(b, s, dx, dy);
                    case Drawing.Line l -> line(l, s, dx, dy);
                    case Drawing.Text t -> text(t, s, dx, dy);
                    case Drawing.Group g -> draw(g.items(), s * g.scale(), dx + s * g.dx(), dy + s * g.dy());
                }
            }
        }

        private void box(Drawing.Box b, double s, double dx, double dy) throws IOException {
            double x = dx + s * b.x();
            double top = pageHeight - (dy + s * b.y());
            double w = s * b.w();
            double h = s * b.h();
            double r = Math.min(s * b.radius(), Math.min(w, h) / 2);
            if (b.fill() != null) {
                colour(b.fill(), true);
                path(x, top - h, w, h, r);
                cs.fill();
            }
            if (b.stroke() != null && b.lineWidth() > 0) {
                colour(b.stroke(), false);
                cs.setLineWidth((float) (s * b.lineWidth()));
                if (b.dashed()) {
                    cs.setLineDashPattern(new float[] {(float) (4 * s), (float) (3 * s)}, 0);
                }
                path(x, top - h, w, h, r);
                cs.stroke();
                if (b.dashed()) {
                    cs.setLineDashPattern(new float[0], 0);
                }
            }
        }

        /// A rectangle with its lower-left corner at (x, y) in PDF space, corners rounded by r.
        private void path(double x, double y, double w, double h, double r) throws IOException {
            if (r <= 0) {
                cs.addRect((float) x, (float) y, (float) w, (float) h);
                return;
            }
            double k = r * KAPPA;
            move(x + r, y);
            lineTo(x + w - r, y);
            curve(x + w - r + k, y, x + w, y + r - k, x + w, y + r);
            lineTo(x + w, y + h - r);
            curve(x + w, y + h - r + k, x + w - r + k, y + h, x + w - r, y + h);
            lineTo(x + r, y + h);
            curve(x + r - k, y + h, x, y + h - r + k, x, y + h - r);
            lineTo(x, y + r);
            curve(x, y + r - k, x + r - k, y, x + r, y);
            cs.closePath();
        }

        private void line(Drawing.Line l, double s, double dx, double dy) throws IOException {
            colour(l.colour(), false);
            cs.setLineWidth((float) (s * l.width()));
            move(dx + s * l.xs()[0], pageHeight - (dy + s * l.ys()[0]));
            for (int i = 1; i < l.xs().length; i++) {
                lineTo(dx + s * l.xs()[i], pageHeight - (dy + s * l.ys()[i]));
            }
            cs.stroke();
        }

        private void text(Drawing.Text t, double s, double dx, double dy) throws IOException {
            if (t.text().isEmpty()) {
                return;
            }
            colour(t.colour(), true);
            cs.beginText();
            cs.setFont(font(t.face()), (float) (s * t.size()));
            cs.newLineAtOffset((float) (dx + s * t.x()), (float) (pageHeight - (dy + s * t.baseline())));
            cs.showText(FontMetrics.of(t.face()).printable(t.text()));
            cs.endText();
        }

        private PDType0Font font(Face face) throws IOException {
            PDType0Font f = fonts.get(face);
            if (f == null) {
                TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(FontMetrics.bytes(face)));
                parsed.add(ttf);
                // No ligatures or other substitutions: the text is drawn glyph for character, exactly as it
                // was measured; and PDFBox's substitution pass costs ten times the rest of the writing.
                ttf.setEnableGsub(false);
                // embedded as a subset of the glyphs used
                f = PDType0Font.load(pdf, ttf, true);
                fonts.put(face, f);
            }
            return f;
        }

        private void colour(Colour c, boolean fill) throws IOException {
            if (fill) {
                cs.setNonStrokingColor(c.red(), c.green(), c.blue());
            } else {
                cs.setStrokingColor(c.red(), c.green(), c.blue());
            }
        }

        private void move(double x, double y) throws IOException {
            cs.moveTo((float) x, (float) y);
        }

        private void lineTo(double x, double y) throws IOException {
            cs.lineTo((float) x, (float) y);
        }

        private void curve(double x1, double y1, double x2, double y2, double x3, double y3) throws IOException {
            cs.curveTo((float) x1, (float) y1, (float) x2, (float) y2, (float) x3, (float) y3);
        }
    }
}
