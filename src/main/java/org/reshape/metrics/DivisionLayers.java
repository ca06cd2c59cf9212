package org.reshape.metrics;

import java.util.List;

/// How deep a division goes, counted from the top of the whole structure.
///
/// @param perLayer posts of the division in each layer, index 0 for layer 1
public record DivisionLayers(String divisionId, String name, List<Integer> perLayer) {

    public DivisionLayers {
        perLayer = List.copyOf(perLayer);
    }

    /// The deepest layer any of its posts is in.
    public int layers() {
        for (int i = perLayer.size() - 1; i >= 0; i--) {
            if (perLayer.get(i) > 0) {
                return i + 1;
            }
        }
        return 0;
    }

    /// The shallowest layer any of its posts is in.
    public int top() {
        for (int i = 0; i < perLayer.size(); i++) {
            if (perLayer.get(i) > 0) {
                return i + 1;
            }
        }
        return 0;
    }
}
