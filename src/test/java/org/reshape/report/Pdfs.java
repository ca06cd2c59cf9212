package org.reshape.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.reshape.domain.Model;
import org.reshape.domain.Scenario;

/// A written appendix read back as a reader's PDF software would: its text page by page and its fonts.
///
/// @param content the text of the structure tree, in reading order: what a screen reader reads, without
///                running headers and footers
record Pdfs(List<String> pages, List<PDFont> fonts, List<Boolean> landscape, String content) {

    static Pdfs of(Model model, Scenario scenario, AppendixOptions options) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Appendix.writePdf(model, scenario, options, out);
        return read(out.toByteArray());
    }

    static Pdfs read(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            List<String> pages = new ArrayList<>();
            List<PDFont> fonts = new ArrayList<>();
            List<Boolean> landscape = new ArrayList<>();
            PDFTextStripper stripper = new PDFTextStripper();
            for (int i = 1; i <= doc.getNumberOfPages(); i++) {
                stripper.setStartPage(i);
                stripper.setEndPage(i);
                pages.add(flat(stripper.getText(doc)));
                PDPage page = doc.getPage(i - 1);
                landscape.add(page.getMediaBox().getWidth() > page.getMediaBox().getHeight());
                for (COSName name : page.getResources().getFontNames()) {
                    fonts.add(page.getResources().getFont(name));
                }
            }
            return new Pdfs(pages, fonts, landscape, TaggedPdf.read(pdf).root().allText());
        }
    }

    /// Whitespace (line ends included) as single spaces, so wrapped text reads as one line.
    static String flat(String s) {
        return s.replaceAll("\\s+", " ").strip();
    }

    String text() {
        return String.join(" ", pages);
    }

    long chartPages() {
        return landscape.stream().filter(b -> b).count();
    }
}
