package org.reshape.layout;

/// An axis-aligned rectangle, edges included: `minX <= x <= maxX`, `minY <= y <= maxY`.
public record Rect(double minX, double minY, double maxX, double maxY) {

    /// Width `maxX - minX`.
    public double width() {
        return maxX - minX;
    }

    /// Height `maxY - minY`.
    public double height() {
        return maxY - minY;
    }

    /// Whether the two rectangles share at least one point.
    public boolean intersects(Rect o) {
        return minX <= o.maxX && o.minX <= maxX && minY <= o.maxY && o.minY <= maxY;
    }

    /// Whether the point lies inside or on the edge.
    public boolean contains(double x, double y) {
        return x >= minX && x <= maxX && y >= minY && y <= maxY;
    }
}
