package org.reshape.layout;

import java.util.Objects;

/// Spacing and style of a [TreeLayout] run. All distances are in the same units as
/// the card sizes (pixels at zoom 1) and are given for the [Orientation#VERTICAL]
/// reading; [Orientation#HORIZONTAL] swaps axes, so there `levelGap` is horizontal
/// and `siblingGap` vertical.
///
/// @param orientation direction of growth
/// @param levelGap    gap between the bottom of a card and the top of its reports
/// @param siblingGap  gap between neighbouring cards with the same manager
/// @param cousinGap   gap between neighbouring cards with different managers
///                    (also between the trees of a forest)
/// @param compact     stack the leaf reports of a manager that has at least two of
///                    them in a single column under the manager
/// @param rowGap      gap between the cards of a stack
/// @param stackIndent free strip left of a stack, where the viewer draws the
///                    connector spine; the stacked cards are indented by it
public record LayoutOptions(Orientation orientation, double levelGap, double siblingGap,
                            double cousinGap, boolean compact, double rowGap, double stackIndent) {

    /// Vertical, tidy (not compact), gaps 60 / 20 / 40, row gap 20, indent 20.
    public static final LayoutOptions DEFAULTS =
            new LayoutOptions(Orientation.VERTICAL, 60, 20, 40, false, 20, 20);

    /// Validates: every distance finite and not negative.
    public LayoutOptions {
        Objects.requireNonNull(orientation, "orientation");
        check(levelGap, "levelGap");
        check(siblingGap, "siblingGap");
        check(cousinGap, "cousinGap");
        check(rowGap, "rowGap");
        check(stackIndent, "stackIndent");
    }

    private static void check(double v, String name) {
        if (!(v >= 0) || Double.isInfinite(v)) {
            throw new IllegalArgumentException(name + " must be finite and >= 0, was " + v);
        }
    }

    /// Same options with another orientation.
    public LayoutOptions withOrientation(Orientation o) {
        return new LayoutOptions(o, levelGap, siblingGap, cousinGap, compact, rowGap, stackIndent);
    }

    /// Same options with compact stacking switched on or off.
    public LayoutOptions withCompact(boolean c) {
        return new LayoutOptions(orientation, levelGap, siblingGap, cousinGap, c, rowGap, stackIndent);
    }

    /// Same options with other gaps between levels, siblings and cousins.
    public LayoutOptions withGaps(double level, double sibling, double cousin) {
        return new LayoutOptions(orientation, level, sibling, cousin, compact, rowGap, stackIndent);
    }

    /// Same options with another stack geometry.
    public LayoutOptions withStack(double row, double indent) {
        return new LayoutOptions(orientation, levelGap, siblingGap, cousinGap, compact, row, indent);
    }
}
