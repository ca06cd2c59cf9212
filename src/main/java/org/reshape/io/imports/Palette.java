package org.reshape.io.imports;

import java.util.List;

/// Division colours for imported divisions: a fixed set of calm, distinct
/// Material colours that stay readable as the light card tints the chart uses.
/// Fixed, not random, so the same file always gets the same colours.
public final class Palette {
    private static final List<String> COLOURS = List.of(
            "#3F51B5", "#00897B", "#F9A825", "#8E24AA", "#1E88E5", "#E64A19", "#43A047", "#8D6E63",
            "#D81B60", "#00ACC1", "#7CB342", "#5E35B1", "#FB8C00", "#546E7A", "#C0CA33", "#6D4C41");

    private Palette() {
    }

    /// Every colour of the set, in order.
    public static List<String> all() {
        return COLOURS;
    }

    /// The colour for the `index`-th division (0-based), repeating after the last.
    public static String colour(int index) {
        return COLOURS.get(Math.floorMod(index, COLOURS.size()));
    }
}
