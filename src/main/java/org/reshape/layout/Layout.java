package org.reshape.layout;

/// Result of [TreeLayout#layout]: where each card goes.
///
/// Coordinate convention, the same for both orientations: `x(i)` is the horizontal
/// **centre** of card `i`, `y(i)` its **top** edge; y grows downwards. The drawing
/// is shifted so that its bounding box starts at (0, 0): `minX() == minY() == 0`.
/// The bounding box holds every card and, in compact mode, the `stackIndent` strip
/// before each stack (where its connector spine goes).
///
/// Immutable. Keeps its [LayoutTree] for the card sizes.
public final class Layout {
    private final LayoutTree tree;
    private final Orientation orientation;
    /// by internal number (see [LayoutTree]); index 0 is the virtual root
    private final double[] xs;
    private final double[] ys;
    private final boolean[] stacked;
    private final double maxX;
    private final double maxY;
    /// by original index: placed beside its parent (an assistant), or null when none is
    private boolean[] beside;

    Layout(LayoutTree tree, Orientation orientation, double[] xs, double[] ys,
           boolean[] stacked, double maxX, double maxY) {
        this.tree = tree;
        this.orientation = orientation;
        this.xs = xs;
        this.ys = ys;
        this.stacked = stacked;
        this.maxX = maxX;
        this.maxY = maxY;
    }

    /// Number of cards.
    public int size() {
        return tree.n;
    }

    /// The tree this layout was computed for.
    public LayoutTree tree() {
        return tree;
    }

    /// Orientation this layout was computed for.
    public Orientation orientation() {
        return orientation;
    }

    /// Horizontal centre of card `i`.
    public double x(int i) {
        return xs[tree.rank[i]];
    }

    /// Top edge of card `i`.
    public double y(int i) {
        return ys[tree.rank[i]];
    }

    /// Card width.
    public double width(int i) {
        return tree.width[i];
    }

    /// Card height.
    public double height(int i) {
        return tree.height[i];
    }

    /// Left edge of card `i`.
    public double left(int i) {
        return x(i) - tree.width[i] / 2;
    }

    /// Right edge of card `i`.
    public double right(int i) {
        return x(i) + tree.width[i] / 2;
    }

    /// Top edge of card `i` (same as [#y(int)]).
    public double top(int i) {
        return y(i);
    }

    /// Bottom edge of card `i`.
    public double bottom(int i) {
        return y(i) + tree.height[i];
    }

    /// Vertical centre of card `i`.
    public double centerY(int i) {
        return y(i) + tree.height[i] / 2;
    }

    /// Rectangle of card `i`.
    public Rect rect(int i) {
        return new Rect(left(i), top(i), right(i), bottom(i));
    }

    /// Centre x by internal number, for scans in memory order ([SpatialIndex]).
    double xInternal(int k) {
        return xs[k];
    }

    /// Top y by internal number.
    double yInternal(int k) {
        return ys[k];
    }

    /// Whether card `i` was put in a compact stack under its manager (always false
    /// unless the layout was compact). A stack is a column of left-aligned cards
    /// under the manager, with the `stackIndent` strip for the connector spine on
    /// its left; in [Orientation#HORIZONTAL] it is transposed: a row of top-aligned
    /// cards right of the manager, the strip above it.
    public boolean stacked(int i) {
        return stacked != null && stacked[tree.rank[i]];
    }

    /// Whether card `i` sits beside its parent (an assistant) rather than below it.
    public boolean beside(int i) {
        return beside != null && beside[i];
    }

    Layout withBeside(boolean[] flags) {
        this.beside = flags;
        return this;
    }

    /// Left edge of the drawing, always 0.
    public double minX() {
        return 0;
    }

    /// Top edge of the drawing, always 0.
    public double minY() {
        return 0;
    }

    /// Right edge of the drawing (its width).
    public double maxX() {
        return maxX;
    }

    /// Bottom edge of the drawing (its height).
    public double maxY() {
        return maxY;
    }

    /// The drawing's bounding box.
    public Rect bounds() {
        return new Rect(0, 0, maxX, maxY);
    }
}
