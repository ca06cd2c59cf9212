package org.reshape.report.pdf;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.time.OffsetDateTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDPropertyList;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.reshape.report.page.Colour;
import org.reshape.report.page.Drawing;
import org.reshape.report.page.Face;
import org.reshape.report.page.FontMetrics;
import org.reshape.report.page.Page;
import org.reshape.report.page.PagedDocument;
import org.reshape.report.page.Tag;

/// Writes a [PagedDocument] as a tagged PDF (PDF/UA-1) with Apache PDFBox:
/// vector shapes; the report's TrueType fonts embedded as subsets (Type 0 with a
/// ToUnicode map), so "£" and "–" print on any printer and the text can be
/// searched and copied; every piece of content marked either as part of an
/// element of the document's structure ([Tag]) or as an artifact; bookmarks;
/// and the properties and PDF/UA identification in [Metadata].
public final class PdfWriter {
    /// Bézier handle length for a quarter circle.
    private static final double KAPPA = 0.5522847498;

    private PdfWriter() {
    }

    /// Writes the document to `out` (which stays open).
    public static void write(PagedDocument document, OutputStream out) throws IOException {
        try (PDDocument pdf = new PDDocument()) {
            Metadata.write(pdf, document.info(), OffsetDateTime.now());
            StructureWriter structure = new StructureWriter(pdf, document.structure());
            Map<Face, PDType0Font> fonts = new EnumMap<>(Face.class);
            List<TrueTypeFont> parsed = new ArrayList<>();
            try {
                int index = 0;
                for (Page page : document.pages()) {
                    PDPage p = new PDPage(new PDRectangle((float) (page.width() * page.unit()), (float) (page.height() * page.unit())));
                    pdf.addPage(p);
                    structure.startPage(p, index++);
                    try (PDPageContentStream cs = new PDPageContentStream(pdf, p)) {
                        Painter painter = new Painter(pdf, cs, fonts, parsed, p, p.getMediaBox().getHeight(), structure);
                        painter.draw(page.drawings(), page.unit(), 0, 0);
                        painter.close();
                    }
                }
                structure.finish(pdf);
                pdf.save(out);
            } finally {
                for (TrueTypeFont ttf : parsed) {
                    ttf.close();
                }
            }
        }
    }

    /// Draws display lists into one page's content stream, opening and closing
    /// marked-content sequences as it goes: text inside a [Drawing.Tagged] is part
    /// of its tag (shapes too, in a figure); everything else is an artifact.
    private static final class Painter {
        /// the marked-content state for decoration that belongs to no tag
        private static final Object LAYOUT = new Object();

        private final PDDocument pdf;
        private final PDPageContentStream cs;
        private final Map<Face, PDType0Font> fonts;
        private final List<TrueTypeFont> parsed;
        private final PDPage page;
        private final float pageHeight;
        private final StructureWriter structure;
        /// the innermost tag and artifact being drawn, and the marked-content sequence open in the stream
        private Tag tag;
        private Drawing.Artifact.Kind artifact;
        private Object open;

        Painter(PDDocument pdf, PDPageContentStream cs, Map<Face, PDType0Font> fonts, List<TrueTypeFont> parsed, PDPage page,
                float pageHeight, StructureWriter structure) {
            this.pdf = pdf;
            this.cs = cs;
            this.fonts = fonts;
            this.parsed = parsed;
            this.page = page;
            this.pageHeight = pageHeight;
            this.structure = structure;
        }

        void draw(Iterable<Drawing> items, double s, double dx, double dy) throws IOException {
            for (Drawing d : items) {
                switch (d) {
                    case Drawing.Box b -> box(b, s, dx, dy);
                    case Drawing.Line l -> line(l, s, dx, dy);
                    case Drawing.Text t -> text(t, s, dx, dy);
                    case Drawing.Group g -> draw(g.items(), s * g.scale(), dx + s * g.dx(), dy + s * g.dy());
                    case Drawing.Tagged t -> {
                        Tag outer = tag;
                        tag = t.tag();
                        draw(t.items(), s, dx, dy);
                        tag = outer;
                    }
                    case Drawing.Artifact a -> {
                        Drawing.Artifact.Kind outer = artifact;
                        artifact = a.kind();
                        draw(a.items(), s, dx, dy);
                        artifact = outer;
                    }
                }
            }
        }

        /// Closes the last marked-content sequence.
        void close() throws IOException {
            if (open != null) {
                cs.endMarkedContent();
                open = null;
            }
        }

        /// Puts what is drawn next in the right marked-content sequence.
        ///
        /// @param top where it starts, in PDF space (a bookmark to its tag goes there)
        private void mark(boolean text, double top) throws IOException {
            Object want = artifact != null ? artifact
                    : tag != null && (text || tag.role() == Tag.Role.FIGURE) ? tag : LAYOUT;
            if (want == open) {
                return;
            }
            close();
            if (want instanceof Tag t) {
                COSDictionary props = new COSDictionary();
                props.setInt(COSName.MCID, structure.mark(t, page, (float) top));
                cs.beginMarkedContent(COSName.getPDFName(t.role().pdfName()), PDPropertyList.create(props));
            } else if (want instanceof Drawing.Artifact.Kind k) {
                COSDictionary props = new COSDictionary();
                props.setName(COSName.TYPE, "Pagination");
                if (k != Drawing.Artifact.Kind.REPEATED) {
                    props.setName(COSName.SUBTYPE, k == Drawing.Artifact.Kind.HEADER ? "Header" : "Footer");
                }
                cs.beginMarkedContent(COSName.ARTIFACT, PDPropertyList.create(props));
            } else {
                cs.beginMarkedContent(COSName.ARTIFACT);
            }
            open = want;
        }

        private void box(Drawing.Box b, double s, double dx, double dy) throws IOException {
            double x = dx + s * b.x();
            double top = pageHeight - (dy + s * b.y());
            mark(false, top);
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
            mark(false, pageHeight - (dy + s * l.ys()[0]));
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
            double baseline = pageHeight - (dy + s * t.baseline());
            mark(true, baseline + s * t.size());
            colour(t.colour(), true);
            cs.beginText();
            cs.setFont(font(t.face()), (float) (s * t.size()));
            cs.newLineAtOffset((float) (dx + s * t.x()), (float) baseline);
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
