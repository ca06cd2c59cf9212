package org.reshape.layout;

/// The line from a manager's card to one of its reports, as the window draws it
/// and the chart picture (PNG, SVG) draws it: elbows for a tidy tree, a spine
/// for a stack of leaves, a short line from the side for an assistant.
///
/// @param xs the polyline's x coordinates, in layout units
/// @param ys its y coordinates
public record Connector(double[] xs, double[] ys) {

    /// The connector from `parent` to `child` in `l`.
    ///
    /// @param levelGap    the layout's gap between levels
    /// @param stackIndent the layout's strip left of a stack
    public static Connector of(Layout l, int child, int parent, double levelGap, double stackIndent) {
        boolean horizontal = l.orientation() == Orientation.HORIZONTAL;
        if (l.beside(child)) {
            // an assistant: a short line from its manager's side, in the same layer
            if (horizontal) {
                double x = l.left(child) + Math.min(l.width(child), l.width(parent)) / 2;
                return new Connector(new double[] {x, x}, new double[] {l.bottom(parent), l.top(child)});
            }
            double y = l.top(child) + Math.min(l.height(child), l.height(parent)) / 2;
            return new Connector(new double[] {l.right(parent), l.left(child)}, new double[] {y, y});
        }
        if (horizontal) {
            double x1 = l.right(parent);
            double y1 = l.centerY(parent);
            double x2 = l.left(child);
            double y2 = l.centerY(child);
            double mid = x1 + levelGap / 2;
            return new Connector(new double[] {x1, mid, mid, x2}, new double[] {y1, y1, y2, y2});
        }
        double x1 = l.x(parent);
        double y1 = l.bottom(parent);
        if (l.stacked(child)) {
            double spine = l.left(child) - stackIndent / 2;
            double yc = l.centerY(child);
            double mid = y1 + Math.min(levelGap, 24) / 2;
            return new Connector(new double[] {x1, x1, spine, spine, l.left(child)}, new double[] {y1, mid, mid, yc, yc});
        }
        double x2 = l.x(child);
        double y2 = l.top(child);
        double mid = y2 - levelGap / 2;
        return new Connector(new double[] {x1, x1, x2, x2}, new double[] {y1, mid, mid, y2});
    }
}
