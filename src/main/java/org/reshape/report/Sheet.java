package org.reshape.report;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/// One planned chart page: which posts it shows (by index in the [ChartModel],
/// managers before reports), which of them continue on another sheet, and
/// which repeat a card from an earlier sheet.
final class Sheet {
    final int[] nodes;
    /// how its cards are arranged
    final SheetLayout.Shape shape;
    /// a shown post whose (further) reports are drawn on another sheet
    final Map<Integer, Sheet> continuedOn = new LinkedHashMap<>();
    /// a root of this sheet that was shown on an earlier sheet; filled by [ChartPlanner#plan()]
    final Map<Integer, Sheet> continuedFrom = new HashMap<>();
    /// the sheets that continue this one, in reading order
    final List<Sheet> next = new ArrayList<>();

    Sheet(int[] nodes, SheetLayout.Shape shape) {
        this.nodes = nodes;
        this.shape = shape;
    }
}
