package org.reshape.report.page;

import java.util.ArrayList;
import java.util.List;

/// Greedy word wrap with a face's measured widths.
public final class TextWrap {
    private TextWrap() {
    }

    /// `text` broken into lines no wider than `maxWidth` at `size`; a word longer
    /// than a line is broken where it must be, so nothing is ever cut off.
    public static List<String> wrap(String text, Face face, double size, double maxWidth) {
        FontMetrics m = face.metrics();
        double max = maxWidth / size;
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        double lineW = 0;
        double space = m.width(" ");
        for (String word : text.strip().split("\\s+")) {
            double w = m.width(word);
            if (!line.isEmpty() && lineW + space + w <= max) {
                line.append(' ').append(word);
                lineW += space + w;
                continue;
            }
            if (!line.isEmpty()) {
                lines.add(line.toString());
                line.setLength(0);
            }
            while (w > max && word.length() > 1) {
                int cut = fit(word, m, max);
                lines.add(word.substring(0, cut));
                word = word.substring(cut);
                w = m.width(word);
            }
            line.append(word);
            lineW = w;
        }
        if (!line.isEmpty() || lines.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }

    /// At most `maxLines` lines; the last ends in "…" when the text is longer.
    public static List<String> wrap(String text, Face face, double size, double maxWidth, int maxLines) {
        List<String> lines = wrap(text, face, size, maxWidth);
        if (lines.size() <= maxLines) {
            return lines;
        }
        List<String> cut = new ArrayList<>(lines.subList(0, maxLines));
        cut.set(maxLines - 1, ellipsis(cut.get(maxLines - 1) + " " + lines.get(maxLines), face, size, maxWidth));
        return cut;
    }

    /// `text`, shortened with "…" until it fits.
    public static String ellipsis(String text, Face face, double size, double maxWidth) {
        FontMetrics m = face.metrics();
        if (m.width(text) * size <= maxWidth) {
            return text;
        }
        String t = text;
        while (!t.isEmpty() && m.width(t + "…") * size > maxWidth) {
            t = t.substring(0, t.length() - 1);
        }
        return t.stripTrailing() + "…";
    }

    private static int fit(String word, FontMetrics m, double max) {
        int cut = 1;
        while (cut < word.length() && m.width(word.substring(0, cut + 1)) <= max) {
            cut++;
        }
        return cut;
    }
}
