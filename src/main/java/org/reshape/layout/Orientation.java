package org.reshape.layout;

/// Direction in which a chart grows from its roots.
public enum Orientation {
    /// Roots at the top, reports below their manager.
    VERTICAL,
    /// Roots at the left, reports to the right of their manager. Computed as the
    /// vertical layout of the transposed cards, then transposed back.
    HORIZONTAL
}
