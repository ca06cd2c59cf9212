package org.reshape.report.page;

import java.util.List;

/// One thing drawn on a [Page]: a toolkit-free display list that the PDF writer
/// draws with PDFBox and a print preview could draw on any canvas. Coordinates
/// are in the page's units, from the top-left corner, y growing downwards.
public sealed interface Drawing {

    /// A rectangle, optionally with rounded corners, filled and/or outlined.
    ///
    /// @param fill   the fill, or null for none
    /// @param stroke the outline, or null for none
    /// @param dashed draw the outline dashed (a post that goes)
    record Box(double x, double y, double w, double h, double radius, Colour fill, Colour stroke, double lineWidth,
               boolean dashed) implements Drawing {

        public static Box filled(double x, double y, double w, double h, double radius, Colour fill) {
            return new Box(x, y, w, h, radius, fill, null, 0, false);
        }

        public static Box outlined(double x, double y, double w, double h, double radius, Colour stroke, double lineWidth) {
            return new Box(x, y, w, h, radius, null, stroke, lineWidth, false);
        }
    }

    /// An open polyline (connectors, rules).
    record Line(double[] xs, double[] ys, Colour colour, double width) implements Drawing {
        public Line {
            if (xs.length != ys.length || xs.length < 2) {
                throw new IllegalArgumentException("a line needs at least two points, as many x as y");
            }
        }

        public static Line of(double x1, double y1, double x2, double y2, Colour colour, double width) {
            return new Line(new double[] {x1, x2}, new double[] {y1, y2}, colour, width);
        }
    }

    /// One line of text, left-aligned at `x`, sitting on `baseline`.
    record Text(double x, double baseline, String text, Face face, double size, Colour colour) implements Drawing {
    }

    /// Drawings placed at (dx + scale·x, dy + scale·y), with sizes and line
    /// widths scaled too: an org chart laid out in card units, fitted to a page.
    record Group(double scale, double dx, double dy, List<Drawing> items) implements Drawing {
        public Group {
            items = List.copyOf(items);
        }
    }

    /// Drawings that show one element of the document's structure (a heading's
    /// lines, a cell's text, a whole chart as a figure). Only text is part of the
    /// element, except in a figure, where the shapes are too; other shapes
    /// inside are decoration.
    record Tagged(Tag tag, List<Drawing> items) implements Drawing {
        public Tagged {
            items = List.copyOf(items);
        }

        public static Tagged of(Tag tag, Drawing item) {
            return new Tagged(tag, List.of(item));
        }
    }

    /// Drawings that are not part of the content: a running header or footer,
    /// or a table's heading row repeated on the next page.
    record Artifact(Kind kind, List<Drawing> items) implements Drawing {
        public enum Kind { HEADER, FOOTER, REPEATED }

        public Artifact {
            items = List.copyOf(items);
        }
    }
}
