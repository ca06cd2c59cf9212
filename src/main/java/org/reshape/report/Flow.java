package org.reshape.report;

import java.util.ArrayList;
import java.util.List;
import org.reshape.report.page.Colour;
import org.reshape.report.page.Drawing;
import org.reshape.report.page.Face;
import org.reshape.report.page.TextWrap;

/// Flows headings, paragraphs and tables onto portrait pages, breaking between
/// lines and between table rows (repeating the table's heading row), and never
/// leaving a heading alone at the foot of a page.
final class Flow {
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
    private List<Drawing> page;
    private double y;

    Flow() {
        newPage();
    }

    List<List<Drawing>> pages() {
        return pages;
    }

    double width() {
        return right - left;
    }

    void newPage() {
        page = new ArrayList<>();
        pages.add(page);
        y = top;
    }

    /// A section heading (level 1) or a sub-heading (level 2), kept with what follows.
    void heading(String text, int level) {
        double size = level == 1 ? 15 : 11.5;
        double before = y == top ? 0 : level == 1 ? 16 : 10;
        need(before + size * 1.3 + 4 * BODY_LINE);
        y += before;
        for (String line : TextWrap.wrap(text, Face.BOLD, size, width())) {
            page.add(new Drawing.Text(left, y + size, line, Face.BOLD, size, CardStyle.TEXT));
            y += size * 1.3;
        }
        y += level == 1 ? 6 : 3;
    }

    /// A paragraph, with a hanging number ("2.") when `number` is not empty.
    void paragraph(String number, String text) {
        paragraph(number, text, Face.REGULAR, BODY, CardStyle.TEXT);
    }

    void note(String text) {
        paragraph("", text, Face.ITALIC, 8.5, Chrome.MUTED);
    }

    void paragraph(String number, String text, Face face, double size, Colour ink) {
        double indent = number.isEmpty() ? 0 : 26;
        double line = size * 1.35;
        List<String> lines = TextWrap.wrap(text, face, size, width() - indent);
        // no single line stranded at the foot of a page
        need(Math.min(lines.size(), 2) * line);
        for (int i = 0; i < lines.size(); i++) {
            if (y + line > bottom) {
                newPage();
            }
            if (i == 0 && !number.isEmpty()) {
                page.add(new Drawing.Text(left, y + size, number, face, size, ink));
            }
            page.add(new Drawing.Text(left + indent, y + size, lines.get(i), face, size, ink));
            y += line;
        }
        y += size * 0.6;
    }

    void gap(double h) {
        y += h;
    }

    void table(Table t) {
        double[] widths = widths(t);
        double headH = rowHeight(t, headings(t), widths, Face.BOLD);
        need(headH + CELL_LINE * 2 + 2 * CELL_PAD);
        head(t, widths, headH);
        for (Table.Row r : t.rows) {
            Face face = r.style() == Table.Style.TOTAL ? Face.BOLD : Face.REGULAR;
            double h = rowHeight(t, r.cells(), widths, face);
            if (y + h > bottom) {
                newPage();
                head(t, widths, headH);
            }
            if (r.style() == Table.Style.TOTAL) {
                page.add(Drawing.Line.of(left, y, right, y, CardStyle.MUTED, 0.75));
            }
            cells(t, r.cells(), widths, face, CardStyle.TEXT);
            y += h;
            page.add(Drawing.Line.of(left, y, right, y, RULE, 0.5));
        }
        y += 10;
    }

    private void head(Table t, double[] widths, double h) {
        page.add(Drawing.Box.filled(left, y, right - left, h, 0, HEAD_FILL));
        cells(t, headings(t), widths, Face.BOLD, CardStyle.TEXT);
        y += h;
        page.add(Drawing.Line.of(left, y, right, y, CardStyle.MUTED, 0.75));
    }

    private void cells(Table t, List<String> cells, double[] widths, Face face, Colour ink) {
        double x = left;
        for (int c = 0; c < widths.length; c++) {
            double inner = widths[c] - 2 * CELL_PAD;
            double ty = y + CELL_PAD + CELL;
            for (String line : TextWrap.wrap(cells.get(c), face, CELL, inner)) {
                double tx = t.columns.get(c).align() == Table.Align.RIGHT ? x + widths[c] - CELL_PAD - face.width(line, CELL) : x + CELL_PAD;
                page.add(new Drawing.Text(tx, ty, line, face, CELL, ink));
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
