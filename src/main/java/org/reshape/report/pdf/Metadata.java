package org.reshape.report.pdf;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.GregorianCalendar;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.interactive.viewerpreferences.PDViewerPreferences;
import org.reshape.report.page.PagedDocument;

/// A document's properties, written twice as PDF/UA-1 asks: in the document
/// information dictionary (what File ▸ Properties shows) and in an XMP
/// metadata packet that also identifies the file as PDF/UA-1; with the language
/// and the title shown in the reader's title bar instead of the file name.
final class Metadata {
    static final String PRODUCER = "Reshape";

    private Metadata() {
    }

    static void write(PDDocument pdf, PagedDocument.Info info, OffsetDateTime now) throws IOException {
        String keywords = String.join("; ", info.keywords());
        PDDocumentInformation d = pdf.getDocumentInformation();
        d.setTitle(info.title());
        d.setAuthor(info.author());
        d.setSubject(info.subject());
        d.setKeywords(keywords);
        d.setCreator(PRODUCER);
        d.setProducer(PRODUCER);
        GregorianCalendar created = GregorianCalendar.from(now.toZonedDateTime());
        d.setCreationDate(created);
        d.setModificationDate(created);
        // the report's own properties, under Custom in a reader's properties
        d.setCustomMetadataValue("Classification", info.classification());
        if (info.date() != null) {
            d.setCustomMetadataValue("Report date", info.date().toString());
        }
        PDDocumentCatalog catalog = pdf.getDocumentCatalog();
        catalog.setLanguage(info.language());
        PDViewerPreferences prefs = new PDViewerPreferences(new org.apache.pdfbox.cos.COSDictionary());
        prefs.setDisplayDocTitle(true);
        catalog.setViewerPreferences(prefs);
        PDMetadata xmp = new PDMetadata(pdf, new ByteArrayInputStream(xmp(info, keywords, now).getBytes(StandardCharsets.UTF_8)));
        catalog.setMetadata(xmp);
    }

    /// The XMP packet: Dublin Core title, creator, description, subject and
    /// language; the PDF keywords and producer; the dates; and `pdfuaid:part` 1.
    /// Written out here because it is a dozen fixed lines (PDFBox's xmpbox has
    /// no PDF/UA schema), with every value escaped.
    static String xmp(PagedDocument.Info info, String keywords, OffsetDateTime now) {
        String when = now.truncatedTo(ChronoUnit.SECONDS).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
        StringBuilder subjects = new StringBuilder();
        for (String k : info.keywords()) {
            subjects.append("<rdf:li>").append(esc(k)).append("</rdf:li>");
        }
        return "<?xpacket begin=\"\uFEFF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n"
                + "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n"
                + "<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n"
                + "<rdf:Description rdf:about=\"\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\""
                + " xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\" xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\""
                + " xmlns:pdfuaid=\"http://www.aiim.org/pdfua/ns/id/\">\n"
                + "<pdfuaid:part>1</pdfuaid:part>\n"
                + "<dc:format>application/pdf</dc:format>\n"
                + "<dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">" + esc(info.title()) + "</rdf:li></rdf:Alt></dc:title>\n"
                + (info.author() == null || info.author().isBlank() ? ""
                : "<dc:creator><rdf:Seq><rdf:li>" + esc(info.author()) + "</rdf:li></rdf:Seq></dc:creator>\n")
                + (info.subject() == null || info.subject().isBlank() ? ""
                : "<dc:description><rdf:Alt><rdf:li xml:lang=\"x-default\">" + esc(info.subject()) + "</rdf:li></rdf:Alt></dc:description>\n")
                + (subjects.isEmpty() ? "" : "<dc:subject><rdf:Bag>" + subjects + "</rdf:Bag></dc:subject>\n")
                + "<dc:language><rdf:Bag><rdf:li>" + esc(info.language()) + "</rdf:li></rdf:Bag></dc:language>\n"
                + "<pdf:Keywords>" + esc(keywords) + "</pdf:Keywords>\n"
                + "<pdf:Producer>" + PRODUCER + "</pdf:Producer>\n"
                + "<xmp:CreatorTool>" + PRODUCER + "</xmp:CreatorTool>\n"
                + "<xmp:CreateDate>" + when + "</xmp:CreateDate>\n"
                + "<xmp:ModifyDate>" + when + "</xmp:ModifyDate>\n"
                + "</rdf:Description>\n</rdf:RDF>\n</x:xmpmeta>\n<?xpacket end=\"w\"?>";
    }

    private static String esc(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                default -> {
                    // characters XML 1.0 cannot carry are left out
                    if (c >= 0x20 || c == '\t' || c == '\n' || c == '\r') {
                        b.append(c);
                    }
                }
            }
        }
        return b.toString();
    }
}
