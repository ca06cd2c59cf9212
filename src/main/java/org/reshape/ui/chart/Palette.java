package org.reshape.ui.chart;

import java.util.HashMap;
import java.util.Map;
import javafx.scene.paint.Color;

/// Colours parsed once: a frame paints thousands of cards.
final class Palette {
    private final Map<String, Color> solid = new HashMap<>();
    private final Map<String, Color> tint = new HashMap<>();

    Color solid(String web) {
        return solid.computeIfAbsent(web, w -> {
            try {
                return Color.web(w);
            } catch (IllegalArgumentException e) {
                return Color.GRAY;
            }
        });
    }

    /// The division colour mixed with white, for card backgrounds.
    Color tint(String web) {
        return tint.computeIfAbsent(web, w -> solid(w).interpolate(Color.WHITE, org.reshape.card.Ink.TINT));
    }
}
