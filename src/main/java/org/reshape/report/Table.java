package org.reshape.report;

import java.util.ArrayList;
import java.util.List;

/// A table for a text page: columns with relative widths and alignment, rows
/// of cells, some rows emphasised (totals).
final class Table {
    enum Align { LEFT, RIGHT }

    enum Style { NORMAL, TOTAL }

    record Column(String heading, double weight, Align align) {
    }

    record Row(List<String> cells, Style style) {
    }

    final List<Column> columns = new ArrayList<>();
    final List<Row> rows = new ArrayList<>();

    Table left(String heading, double weight) {
        columns.add(new Column(heading, weight, Align.LEFT));
        return this;
    }

    Table right(String heading, double weight) {
        columns.add(new Column(heading, weight, Align.RIGHT));
        return this;
    }

    Table row(Object... cells) {
        return add(Style.NORMAL, cells);
    }

    Table total(Object... cells) {
        return add(Style.TOTAL, cells);
    }

    private Table add(Style style, Object... cells) {
        if (cells.length != columns.size()) {
            throw new IllegalArgumentException("a row of " + cells.length + " cells in a table of " + columns.size() + " columns");
        }
        List<String> text = new ArrayList<>();
        for (Object c : cells) {
            text.add(String.valueOf(c));
        }
        rows.add(new Row(text, style));
        return this;
    }

    boolean isEmpty() {
        return rows.isEmpty();
    }
}
