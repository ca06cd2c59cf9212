package org.reshape.report;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDAttributeObject;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkedContentReference;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDMarkedContent;
import org.apache.pdfbox.pdmodel.documentinterchange.taggedpdf.PDTableAttributeObject;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.PDFMarkedContentExtractor;
import org.apache.pdfbox.text.TextPosition;

/// A tagged PDF read back as assistive technology reads it: the structure tree,
/// each element with its type, attributes and the text of its marked content;
/// and the bookmarks.
record TaggedPdf(Element root, List<Bookmark> bookmarks) {

    record Element(String type, String alt, String scope, String text, List<Element> kids) {
        /// Every element of `type`, in reading order.
        List<Element> all(String t) {
            List<Element> out = new ArrayList<>();
            collect(e -> e.type().equals(t), out);
            return out;
        }

        void collect(Predicate<Element> p, List<Element> out) {
            if (p.test(this)) {
                out.add(this);
            }
            kids.forEach(k -> k.collect(p, out));
        }

        /// The element's own text and all its descendants'.
        String allText() {
            StringBuilder b = new StringBuilder(text);
            kids.forEach(k -> b.append(' ').append(k.allText()));
            return Pdfs.flat(b.toString());
        }
    }

    record Bookmark(String title, int page, List<Bookmark> kids) {
    }

    static TaggedPdf read(byte[] bytes) throws IOException {
        try (PDDocument doc = Loader.loadPDF(bytes)) {
            Map<String, String> content = new HashMap<>();
            for (int i = 0; i < doc.getNumberOfPages(); i++) {
                PDFMarkedContentExtractor ex = new PDFMarkedContentExtractor();
                ex.processPage(doc.getPage(i));
                for (PDMarkedContent mc : ex.getMarkedContents()) {
                    if (mc.getMCID() >= 0) {
                        content.put(i + ":" + mc.getMCID(), text(mc));
                    }
                }
            }
            var root = doc.getDocumentCatalog().getStructureTreeRoot();
            List<Element> top = new ArrayList<>();
            if (root != null) {
                for (Object k : root.getKids()) {
                    if (k instanceof PDStructureElement e) {
                        top.add(element(doc, e, content));
                    }
                }
            }
            List<Bookmark> marks = new ArrayList<>();
            var outline = doc.getDocumentCatalog().getDocumentOutline();
            if (outline != null) {
                for (PDOutlineItem item : outline.children()) {
                    marks.add(bookmark(doc, item));
                }
            }
            return new TaggedPdf(new Element("StructTreeRoot", null, null, "", top), marks);
        }
    }

    private static Bookmark bookmark(PDDocument doc, PDOutlineItem item) throws IOException {
        List<Bookmark> kids = new ArrayList<>();
        for (PDOutlineItem k : item.children()) {
            kids.add(bookmark(doc, k));
        }
        PDPage page = item.findDestinationPage(doc);
        return new Bookmark(item.getTitle(), page == null ? 0 : doc.getPages().indexOf(page) + 1, kids);
    }

    private static Element element(PDDocument doc, PDStructureElement e, Map<String, String> content) {
        StringBuilder text = new StringBuilder();
        List<Element> kids = new ArrayList<>();
        for (Object k : e.getKids()) {
            if (k instanceof PDStructureElement child) {
                kids.add(element(doc, child, content));
            } else if (k instanceof PDMarkedContentReference ref) {
                int page = doc.getPages().indexOf(ref.getPage());
                text.append(content.getOrDefault(page + ":" + ref.getMCID(), "")).append(' ');
            }
        }
        String scope = null;
        var attributes = e.getAttributes();
        for (int i = 0; i < attributes.size(); i++) {
            PDAttributeObject a = attributes.getObject(i);
            if (a instanceof PDTableAttributeObject t) {
                scope = t.getScope();
            }
        }
        return new Element(e.getStructureType(), e.getAlternateDescription(), scope, Pdfs.flat(text.toString()), kids);
    }

    private static String text(PDMarkedContent mc) {
        StringBuilder b = new StringBuilder();
        float[] last = {Float.NaN, 0};
        append(mc, b, last);
        return b.toString();
    }

    /// Glyphs in order, with a space where a new line (or a jump back) starts.
    private static void append(PDMarkedContent mc, StringBuilder b, float[] last) {
        for (Object o : mc.getContents()) {
            if (o instanceof TextPosition t) {
                if (!Float.isNaN(last[0]) && (Math.abs(t.getYDirAdj() - last[0]) > 1 || t.getXDirAdj() < last[1] - 1)) {
                    b.append(' ');
                }
                b.append(t.getUnicode());
                last[0] = t.getYDirAdj();
                last[1] = t.getXDirAdj() + t.getWidthDirAdj();
            } else if (o instanceof PDMarkedContent inner) {
                append(inner, b, last);
            }
        }
    }
}
