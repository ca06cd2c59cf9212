package org.reshape.report;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.util.List;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.TableWidthType;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;
import org.reshape.report.page.PagedDocument;

/// An appendix's text sections as a Word document (.docx, Apache POI), for a
/// report author to paste into the council's template: headings in Word's own
/// Heading 1 and Heading 2 styles (defined in the document's styles, with the
/// built-in names, so Word and LibreOffice list them in the navigation pane and
/// map them onto the template's headings), real tables with a heading row that
/// repeats on each page, numbers right-aligned, and the document's properties.
final class DocxProse implements Prose {
    static final String HEADING_1 = "Heading1";
    static final String HEADING_2 = "Heading2";
    private static final String FONT = "Arial";
    /// A4 with 2 cm margins, in twentieths of a point
    private static final int PAGE_W = 11906;
    private static final int PAGE_H = 16838;
    private static final int MARGIN = 1134;
    private static final int TEXT_W = PAGE_W - 2 * MARGIN;

    private final XWPFDocument doc = new XWPFDocument();
    /// everything written, for the glossary's scan
    private final StringBuilder words = new StringBuilder();

    DocxProse(PagedDocument.Info info) {
        styles();
        var section = doc.getDocument().getBody().addNewSectPr();
        var size = section.addNewPgSz();
        size.setW(BigInteger.valueOf(PAGE_W));
        size.setH(BigInteger.valueOf(PAGE_H));
        var margins = section.addNewPgMar();
        for (var setter : List.<java.util.function.Consumer<BigInteger>>of(margins::setTop, margins::setBottom, margins::setLeft,
                margins::setRight)) {
            setter.accept(BigInteger.valueOf(MARGIN));
        }
        var core = doc.getProperties().getCoreProperties();
        core.setTitle(info.title());
        core.setCreator(info.author());
        core.setSubjectProperty(info.subject());
        core.setKeywords(String.join("; ", info.keywords()));
        var custom = doc.getProperties().getCustomProperties();
        custom.addProperty("Classification", info.classification());
        if (info.date() != null) {
            custom.addProperty("Report date", info.date().toString());
        }
    }

    /// The title and the lines under it.
    void title(String title, String... lines) {
        XWPFParagraph p = doc.createParagraph();
        p.setStyle("Title");
        p.createRun().setText(title);
        words.append(' ').append(title);
        for (String line : lines) {
            text(doc.createParagraph(), line, false, false);
        }
    }

    @Override
    public void heading(String text, int level) {
        XWPFParagraph p = doc.createParagraph();
        p.setStyle(level == 1 ? HEADING_1 : HEADING_2);
        p.createRun().setText(text);
        words.append(' ').append(text);
    }

    @Override
    public void paragraph(String number, String text) {
        XWPFParagraph p = doc.createParagraph();
        if (!number.isEmpty()) {
            // a hanging number, as a council report numbers its paragraphs; the author's template may renumber
            p.setIndentationLeft(567);
            p.setIndentationHanging(567);
            text(p, number + "\t" + text, false, false);
        } else {
            text(p, text, false, false);
        }
    }

    @Override
    public void note(String text) {
        XWPFParagraph p = doc.createParagraph();
        XWPFRun r = text(p, text, false, true);
        r.setFontSize(8.5);
        r.setColor("546E7A");
    }

    @Override
    public void table(Table t) {
        XWPFTable table = doc.createTable(t.rows.size() + 1, t.columns.size());
        table.setWidthType(TableWidthType.DXA);
        table.setWidth(String.valueOf(TEXT_W));
        table.setCellMargins(30, 80, 30, 80);
        double sum = t.columns.stream().mapToDouble(Table.Column::weight).sum();
        // the columns' widths, as in the PDF: in the grid (LibreOffice reads it) and on each cell (Word does)
        int[] widths = new int[t.columns.size()];
        var grid = table.getCTTbl().getTblGrid() != null ? table.getCTTbl().getTblGrid() : table.getCTTbl().addNewTblGrid();
        while (grid.sizeOfGridColArray() > 0) {
            grid.removeGridCol(0);
        }
        for (int c = 0; c < widths.length; c++) {
            widths[c] = (int) Math.round(TEXT_W * t.columns.get(c).weight() / sum);
            grid.addNewGridCol().setW(BigInteger.valueOf(widths[c]));
        }
        for (XWPFTableRow row : table.getRows()) {
            for (int c = 0; c < widths.length; c++) {
                row.getCell(c).setWidthType(TableWidthType.DXA);
                row.getCell(c).setWidth(String.valueOf(widths[c]));
            }
        }
        XWPFTableRow head = table.getRow(0);
        head.setRepeatHeader(true);
        for (int c = 0; c < t.columns.size(); c++) {
            Table.Column col = t.columns.get(c);
            XWPFTableCell cell = head.getCell(c);
            cell.setColor("ECEFF1");
            cellText(cell, col.heading(), col.align(), true);
        }
        for (int r = 0; r < t.rows.size(); r++) {
            Table.Row row = t.rows.get(r);
            XWPFTableRow tr = table.getRow(r + 1);
            tr.setCantSplitRow(true);
            for (int c = 0; c < t.columns.size(); c++) {
                cellText(tr.getCell(c), row.cells().get(c), t.columns.get(c).align(), row.style() == Table.Style.TOTAL);
            }
        }
        // a little space after the table, as in the PDF
        doc.createParagraph();
    }

    @Override
    public void newPage() {
        // the report author's document decides where pages break
    }

    /// The words written so far.
    String words() {
        return words.toString();
    }

    void write(OutputStream out) throws IOException {
        doc.write(out);
        doc.close();
    }

    private void cellText(XWPFTableCell cell, String text, Table.Align align, boolean bold) {
        XWPFParagraph p = cell.getParagraphs().getFirst();
        p.setSpacingAfter(0);
        if (align == Table.Align.RIGHT) {
            p.setAlignment(ParagraphAlignment.RIGHT);
        }
        XWPFRun r = text(p, text, bold, false);
        r.setFontSize(9);
    }

    private XWPFRun text(XWPFParagraph p, String text, boolean bold, boolean italic) {
        XWPFRun r = p.createRun();
        // a tab in the text is a real tab, so a hanging number lines up
        String[] parts = text.split("\t", -1);
        for (int i = 0; i < parts.length; i++) {
            if (i > 0) {
                r.addTab();
            }
            r.setText(parts[i], i);
        }
        r.setBold(bold);
        r.setItalic(italic);
        words.append(' ').append(text);
        return r;
    }

    /// Normal, Title, Heading 1 and Heading 2, with Word's built-in names and outline levels; Arial, en-GB.
    private void styles() {
        XWPFStyles styles = doc.createStyles();
        CTStyles ct = CTStyles.Factory.newInstance();
        CTRPr defaults = ct.addNewDocDefaults().addNewRPrDefault().addNewRPr();
        fonts(defaults.addNewRFonts());
        defaults.addNewLang().setVal("en-GB");
        defaults.addNewSz().setVal(BigInteger.valueOf(20));
        ct.addNewDocDefaults();
        styles.setStyles(ct);
        styles.addStyle(new XWPFStyle(style("Normal", "Normal", -1, 0, false)));
        styles.addStyle(new XWPFStyle(style("Title", "Title", -1, 36, true)));
        styles.addStyle(new XWPFStyle(style(HEADING_1, "heading 1", 0, 30, true)));
        styles.addStyle(new XWPFStyle(style(HEADING_2, "heading 2", 1, 23, true)));
    }

    /// @param outline the outline level (0 = Heading 1), or -1 for none
    /// @param size    in half-points, or 0 for the default
    private static CTStyle style(String id, String name, int outline, int size, boolean bold) {
        CTStyle s = CTStyle.Factory.newInstance();
        s.setStyleId(id);
        s.setType(STStyleType.PARAGRAPH);
        s.addNewName().setVal(name);
        if (id.equals("Normal")) {
            s.setDefault(true);
        } else {
            s.addNewBasedOn().setVal("Normal");
            s.addNewNext().setVal("Normal");
        }
        s.addNewQFormat();
        CTPPrGeneral p = s.addNewPPr();
        if (outline >= 0) {
            s.addNewUiPriority().setVal(BigInteger.valueOf(9));
            p.addNewKeepNext();
            p.addNewOutlineLvl().setVal(BigInteger.valueOf(outline));
            var spacing = p.addNewSpacing();
            spacing.setBefore(BigInteger.valueOf(outline == 0 ? 360 : 240));
            spacing.setAfter(BigInteger.valueOf(120));
        } else {
            p.addNewSpacing().setAfter(BigInteger.valueOf(120));
        }
        CTRPr r = s.addNewRPr();
        if (bold) {
            r.addNewB();
        }
        if (size > 0) {
            r.addNewSz().setVal(BigInteger.valueOf(size));
        }
        return s;
    }

    private static void fonts(CTFonts f) {
        f.setAscii(FONT);
        f.setHAnsi(FONT);
        f.setCs(FONT);
    }
}
