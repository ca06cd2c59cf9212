package org.reshape.report.page;

import org.reshape.card.Measure;

/// The card's [Measure] over the bundled Liberation Sans files, through
/// [FontMetrics]: toolkit-free, the same for the window and for paper.
public final class FaceMeasure implements Measure {
    public static final FaceMeasure INSTANCE = new FaceMeasure();

    private FaceMeasure() {
    }

    /// The face a card style is printed and drawn in.
    public static Face face(Style style) {
        return switch (style) {
            case REGULAR -> Face.REGULAR;
            case BOLD -> Face.BOLD;
            case ITALIC -> Face.ITALIC;
        };
    }

    @Override
    public double width(String text, Style style, double size) {
        return face(style).width(text, size);
    }
}
