package org.reshape.report.page;

import java.util.List;
import org.reshape.card.LineBreaks;

/// Greedy word wrap with a face's measured widths: [LineBreaks], the one wrap
/// cards and report text share.
public final class TextWrap {
    private TextWrap() {
    }

    /// `text` broken into lines no wider than `maxWidth` at `size`; a word longer
    /// than a line is broken where it must be, so nothing is ever cut off.
    public static List<String> wrap(String text, Face face, double size, double maxWidth) {
        return LineBreaks.wrap(text, s -> face.width(s, size), maxWidth);
    }

    /// At most `maxLines` lines; the last ends in "…" when the text is longer.
    public static List<String> wrap(String text, Face face, double size, double maxWidth, int maxLines) {
        return LineBreaks.wrap(text, s -> face.width(s, size), maxWidth, maxLines);
    }

    /// `text`, shortened with "…" until it fits.
    public static String ellipsis(String text, Face face, double size, double maxWidth) {
        return LineBreaks.ellipsis(text, s -> face.width(s, size), maxWidth);
    }
}
