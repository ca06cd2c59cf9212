package org.reshape.ui.chart;

/// The outline of a division around a contiguous group of its cards.
public record Band(String divisionId, String name, String colour, double minX, double minY, double maxX, double maxY) {
}
