package org.reshape.card;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;

/// The one greedy word wrap, for cards and every other block of text a report
/// prints: words go on a line while they fit; a word longer than a line is
/// broken where it must be, so nothing is ever cut off.
public final class LineBreaks {
    private LineBreaks() {
    }

    /// `text` broken into lines no wider than `maxWidth`, as measured by `width`.
    public static List<String> wrap(String text, ToDoubleFunction<String> width, double maxWidth) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        double lineW = 0;
        double space = width.applyAsDouble(" ");
        for (String word : text.strip().split("\\s+")) {
            double w = width.applyAsDouble(word);
            if (!line.isEmpty() && lineW + space + w <= maxWidth) {
                line.append(' ').append(word);
                lineW += space + w;
                continue;
            }
            if (!line.isEmpty()) {
                lines.add(line.toString());
                line.setLength(0);
            }
            while (w > maxWidth && word.length() > 1) {
                int cut = fit(word, width, maxWidth);
                lines.add(word.substring(0, cut));
                word = word.substring(cut);
                w = width.applyAsDouble(word);
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
    public static List<String> wrap(String text, ToDoubleFunction<String> width, double maxWidth, int maxLines) {
        List<String> lines = wrap(text, width, maxWidth);
        if (lines.size() <= maxLines) {
            return lines;
        }
        List<String> cut = new ArrayList<>(lines.subList(0, maxLines));
        cut.set(maxLines - 1, ellipsis(cut.get(maxLines - 1) + " " + lines.get(maxLines), width, maxWidth));
        return cut;
    }

    /// `text`, shortened with "…" until it fits.
    public static String ellipsis(String text, ToDoubleFunction<String> width, double maxWidth) {
        if (width.applyAsDouble(text) <= maxWidth) {
            return text;
        }
        String t = text;
        while (!t.isEmpty() && width.applyAsDouble(t + "…") > maxWidth) {
            t = t.substring(0, t.length() - 1);
        }
        return t.stripTrailing() + "…";
    }

    private static int fit(String word, ToDoubleFunction<String> width, double max) {
        int cut = 1;
        while (cut < word.length() && width.applyAsDouble(word.substring(0, cut + 1)) <= max) {
            cut++;
        }
        return cut;
    }
}
