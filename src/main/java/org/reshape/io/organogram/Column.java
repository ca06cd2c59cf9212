package org.reshape.io.organogram;

import org.reshape.io.imports.Headers;

/// A column of an organogram file: its index (-1 when the file has none) and its header as the file spells it.
record Column(int index, String header) {

    static Column find(Headers headers, String canonical, String... others) {
        String[] names = new String[others.length + 1];
        names[0] = canonical;
        System.arraycopy(others, 0, names, 1, others.length);
        int i = headers.find(names);
        return new Column(i, i >= 0 ? headers.name(i) : canonical);
    }

    boolean present() {
        return index >= 0;
    }
}
