package org.reshape.ui.chart;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.scene.text.Font;
import javafx.scene.text.Text;

/// Fast text widths for card sizing: each character is measured once per font
/// with a JavaFX [Text] and cached, so sizing 100,000 cards needs no layout pass
/// per card. Kerning is ignored, which only makes estimates a little generous.
public final class TextMetrics {
    private final Font font;
    private final double[] ascii = new double[256];
    private final Map<Character, Double> others = new HashMap<>();
    private final Text probe = new Text();

    public TextMetrics(Font font) {
        this.font = font;
        probe.setFont(font);
        for (int c = 32; c < 256; c++) {
            ascii[c] = measure((char) c);
        }
    }

    public Font font() {
        return font;
    }

    public double width(String s) {
        double w = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            w += c < 256 ? ascii[c] : others.computeIfAbsent(c, this::measure);
        }
        return w;
    }

    private double measure(char c) {
        probe.setText(String.valueOf(c));
        return probe.getLayoutBounds().getWidth();
    }

    /// Greedy word wrap into at most `maxLines` lines of `maxWidth`; the last line
    /// ends in an ellipsis when the text does not fit.
    public List<String> wrap(String text, double maxWidth, int maxLines) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        String[] words = text.split(" ");
        for (int i = 0; i < words.length; i++) {
            String word = words[i];
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (width(candidate) <= maxWidth || line.isEmpty()) {
                line.setLength(0);
                line.append(candidate);
            } else {
                lines.add(line.toString());
                line.setLength(0);
                line.append(word);
                if (lines.size() == maxLines) {
                    String last = lines.removeLast();
                    lines.add(ellipsis(last + " " + String.join(" ", java.util.Arrays.copyOfRange(words, i, words.length)), maxWidth));
                    return lines;
                }
            }
        }
        if (!line.isEmpty()) {
            lines.add(width(line.toString()) > maxWidth ? ellipsis(line.toString(), maxWidth) : line.toString());
        }
        return lines;
    }

    public String ellipsis(String s, double maxWidth) {
        if (width(s) <= maxWidth) {
            return s;
        }
        String t = s;
        while (!t.isEmpty() && width(t + "…") > maxWidth) {
            t = t.substring(0, t.length() - 1);
        }
        return t.stripTrailing() + "…";
    }
}
