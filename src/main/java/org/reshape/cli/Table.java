package org.reshape.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/// A plain-text table with aligned columns; numeric columns are right-aligned.
final class Table {
    private final List<String> headers;
    private final boolean[] right;
    private final List<List<String>> rows = new ArrayList<>();

    Table(String... headers) {
        this.headers = List.of(headers);
        this.right = new boolean[headers.length];
    }

    Table rightAlign(int... columns) {
        for (int c : columns) {
            right[c] = true;
        }
        return this;
    }

    Table row(Object... cells) {
        List<String> r = new ArrayList<>();
        for (Object c : cells) {
            r.add(c == null ? "" : c.toString());
        }
        rows.add(r);
        return this;
    }

    void print(PrintWriter out) {
        int[] width = new int[headers.size()];
        for (int i = 0; i < width.length; i++) {
            width[i] = headers.get(i).length();
            for (List<String> r : rows) {
                width[i] = Math.max(width[i], r.get(i).length());
            }
        }
        line(out, headers, width);
        StringBuilder rule = new StringBuilder();
        for (int i = 0; i < width.length; i++) {
            rule.append(i == 0 ? "" : "  ").append("-".repeat(width[i]));
        }
        out.println(rule);
        rows.forEach(r -> line(out, r, width));
    }

    private void line(PrintWriter out, List<String> cells, int[] width) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < width.length; i++) {
            String c = cells.get(i);
            String pad = " ".repeat(width[i] - c.length());
            b.append(i == 0 ? "" : "  ").append(right[i] ? pad + c : c + (i == width.length - 1 ? "" : pad));
        }
        out.println(b);
    }
}
