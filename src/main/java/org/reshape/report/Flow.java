package org.reshape.report;

import java.util.ArrayList;
import java.util.List;
import org.reshape.report.page.Colour;
import org.reshape.report.page.Drawing;
import org.reshape.report.page.Face;
import org.reshape.report.page.Tag;
import org.reshape.report.page.TextWrap;

/// Flows headings, paragraphs and tables onto portrait pages, breaking between
/// lines and between table rows (repeating the table's heading row), and never
/// leaving a heading alone at the foot of a page. Everything it writes is
/// tagged in the document's structure: headings H1 and H2 (bookmarked),
/// paragraphs, numbered paragraphs as a list, tables with header cells; a
/// heading row repeated on the next page is an artifact.
final class Flow implements Prose {
    static final double BODY = 10;
    static final double BODY_LINE = 13.5;
    static final double CELL = 8.5;
    static final double CELL_LINE = 11;
    static final double CELL_PAD = 4;
    static final Colour HEAD_FILL = Colour.web("#ECEFF1");
    static final Colour RULE = Colour.web("#CFD8DC");

    private final double left = Chrome.TEXT_SIDE;
    private final double right = Chrome.width(false) - Chrome.TEXT_SIDE;
    private final double top = Chrome.HEADER_BOTTOM + 22;
    private final double bottom = Chrome.height(false) - 56;
    private final List<List<Drawing>> pages = new ArrayList<>();
    private final Tag document;
    private List<Drawing> page;
    private double y;
    /// the numbered list that numbered paragraphs are added to, until something else comes
    private Tag list;

    /// @param document the structure the flow's elements are added to
    Flow(Tag document) {
        this.document = document;
        newPage();
    }

    List<List<Drawing>> pages() {
        return pages;
    }

    double width() {
        return right - left;
    }

    @Override
    public void newPage() {
        page = new ArrayList<>();
        pages.add(page);
        y = top;
    }

    /// A section heading (level 1) or a sub-heading (level 2), kept with what follows.
    @Override
    public void heading(String text, int level) {
        list = null;
        Tag tag = document.heading(level == 1 ? Tag.Role.H1 : Tag.Role.H2, text, level);
        double size = level == 1 ? 15 : 11.5;
        double before = y == top ? 0 : level == 1 ? 16 : 10;
        need(before + size * 1.3 + 4 * BODY_LINE);
        y += before;
        for (String line : TextWrap.wrap(text, Face.BOLD, size, width())) {
            page.add(Drawing.Tagged.of(tag, new Drawing.Text(left, y + size, line, Face.BOLD, size, CardStyle.TEXT)));
            y += size * 1.3;
        }
        y += level == 1 ? 6 : 3;
    }

    /// A paragraph, with a hanging number ("2.") when `number` is not empty.
    @Override
    public void paragraph(String number, String text) {
        paragraph(number, text, Face.REGULAR, BODY, CardStyle.TEXT);
    }

    @Override
    public void note(String text) {
        paragraph("", text, Face.ITALIC, 8.5, Chrome.MUTED);
    }

    void paragraph(String number, String text, Face face, double size, Colour ink) {
        Tag label = null;
        Tag body;
        if (number.isEmpty()) {
            list = null;
            body = document.add(Tag.Role.P);
        } else {
            if (list == null) {
                list = document.numberedList();
            }
            Tag item = list.add(Tag.Role.LI);
            label = item.add(Tag.Role.LBL);
            body = item.add(Tag.Role.LBODY);
        }
        double indent = number.isEmpty() ? 0 : 26;
        double line = size * 1.35;
        List<String> lines = TextWrap.wrap(text, face, size, width() - indent);
        // no single line stranded at the foot of a page
        need(Math.min(lines.size(), 2) * line);
        for (int i = 0; i < lines.size(); i++) {
            if (y + line > bottom) {
                newPage();
            }
            if (i == 0 && label != null) {
                page.add(Drawing.Tagged.of(label, new Drawing.Text(left, y + size, number, face, size, ink)));
            }
            page.add(Drawing.Tagged.of(body, new Drawing.Text(left + indent, y + size, lines.get(i), face, size, ink)));
            y += line;
        }
        y += size * 0.6;
    }

    void gap(double h) {
        y += h;
    }

    @Override
    public void table(Table t) {
        list = null;
        Tag table = document.add(Tag.Role.TABLE);
        double[] widths = widths(t);
        double headH = rowHeight(t, headings(t), widths, Face.BOLD);
        need(headH + CELL_LINE * 2 + 2 * CELL_PAD);
        List<Tag> heads = new ArrayList<>();
        Tag headRow = table.add(Tag.Role.TR);
        for (int c = 0; c < widths.length; c++) {
            heads.add(headRow.header(Tag.Scope.COLUMN));
        }
        head(t, widths, headH, heads);
        for (Table.Row r : t.rows) {
            Face face = r.style() == Table.Style.TOTAL ? Face.BOLD : Face.REGULAR;
            double h = rowHeight(t, r.cells(), widths, face);
            if (y + h > bottom) {
                newPage();
                // the heading row again, for the eye; a screen reader has it once
                List<Drawing> again = new ArrayList<>();
                List<Drawing> was = page;
                page = again;
                head(t, widths, headH, null);
                page = was;
                page.add(new Drawing.Artifact(Drawing.Artifact.Kind.REPEATED, again));
            }
            if (r.style() == Table.Style.TOTAL) {
                page.add(Drawing.Line.of(left, y, right, y, CardStyle.MUTED, 0.75));
            }
            Tag row = table.add(Tag.Role.TR);
            List<Tag> cells = new ArrayList<>();
            for (int c = 0; c < widths.length; c++) {
                cells.add(row.add(Tag.Role.TD));
            }
            cells(t, r.cells(), widths, face, CardStyle.TEXT, cells);
            y += h;
            page.add(Drawing.Line.of(left, y, right, y, RULE, 0.5));
        }
        y += 10;
    }

    /// @param tags the header cells' tags, or null when the row is drawn again on a new page
    private void head(Table t, double[] widths, double h, List<Tag> tags) {
        page.add(Drawing.Box.filled(left, y, right - left, h, 0, HEAD_FILL));
        cells(t, headings(t), widths, Face.BOLD, CardStyle.TEXT, tags);
        y += h;
        page.add(Drawing.Line.of(left, y, right, y, CardStyle.MUTED, 0.75));
    }

    /// @param tags each cell's tag, or null for none
    private void cells(Table t, List<String> cells, double[] widths, Face face, Colour ink, List<Tag> tags) {
        double x = left;
        for (int c = 0; c < widths.length; c++) {
            double inner = widths[c] - 2 * CELL_PAD;
            double ty = y + CELL_PAD + CELL;
            for (String line : TextWrap.wrap(cells.get(c), face, CELL, inner)) {
                double tx = t.columns.get(c).align() == Table.Align.RIGHT ? x + widths[c] - CELL_PAD - face.width(line, CELL) : x + CELL_PAD;
                Drawing.Text text = new Drawing.Text(tx, ty, line, face, CELL, ink);
                page.add(tags == null ? text : Drawing.Tagged.of(tags.get(c), text));
                ty += CELL_LINE;
            }
            x += widths[c];
        }
    }

    private double rowHeight(Table t, List<String> cells, double[] widths, Face face) {
        int lines = 1;
        for (int c = 0; c < widths.length; c++) {
            lines = Math.max(lines, TextWrap.wrap(cells.get(c), face, CELL, widths[c] - 2 * CELL_PAD).size());
        }
        return lines * CELL_LINE + 2 * CELL_PAD - 1;
    }

    private static List<String> headings(Table t) {
        return t.columns.stream().map(Table.Column::heading).toList();
    }

    private double[] widths(Table t) {
        double sum = t.columns.stream().mapToDouble(Table.Column::weight).sum();
        double[] w = new double[t.columns.size()];
        for (int i = 0; i < w.length; i++) {
            w[i] = width() * t.columns.get(i).weight() / sum;
        }
        return w;
    }

    /// Starts a new page unless `h` more fits on this one.
    private void need(double h) {
        if (y + h > bottom && y > top) {
            newPage();
        }
    }
}
