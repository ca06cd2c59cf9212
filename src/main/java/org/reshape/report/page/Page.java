package org.reshape.report.page;

import java.util.List;

/// One printed page: its size in layout units and what is drawn on it.
/// Everything is laid out on A4 (one unit = one point); an A3 document is the
/// same layout with `unit` = √2, so an A3 print has the same proportions and
/// more room for a chart, whose minimum readable scale shrinks by the same factor.
///
/// @param width  in units
/// @param height in units
/// @param unit   points per unit on paper
public record Page(double width, double height, double unit, List<Drawing> drawings) {
    public Page {
        drawings = List.copyOf(drawings);
    }

    public boolean landscape() {
        return width > height;
    }

    /// Every piece of text on the page, in drawing order (groups included).
    public List<Drawing.Text> texts() {
        List<Drawing.Text> out = new java.util.ArrayList<>();
        collect(drawings, out);
        return out;
    }

    private static void collect(List<Drawing> items, List<Drawing.Text> out) {
        for (Drawing d : items) {
            if (d instanceof Drawing.Text t) {
                out.add(t);
            } else if (d instanceof Drawing.Group g) {
                collect(g.items(), out);
            } else if (d instanceof Drawing.Tagged t) {
                collect(t.items(), out);
            } else if (d instanceof Drawing.Artifact a) {
                collect(a.items(), out);
            }
        }
    }
}
