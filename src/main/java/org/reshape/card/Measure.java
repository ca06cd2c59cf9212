package org.reshape.card;

/// Text widths, in card units, of the faces a card uses. One implementation
/// (`report.page.FaceMeasure`) reads them from the bundled Liberation Sans
/// files, and the window draws in those same files, so a width measured here
/// is the width drawn on screen and on paper.
public interface Measure {

    /// The faces of a card.
    enum Style { REGULAR, BOLD, ITALIC }

    /// The width of `text` in `style` at `size`.
    double width(String text, Style style, double size);
}
