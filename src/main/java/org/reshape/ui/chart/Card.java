package org.reshape.ui.chart;

import java.util.List;

/// What one card shows, prepared once per chart so that drawing a frame only paints.
///
/// @param gradeAssumed the grade (or its range) is assumed, shown with "≈"
/// @param ghost        drawn as a dashed outline: disestablished in the proposal
/// @param reports      direct reports in the scenario
/// @param collapsed    its reports are hidden
public record Card(String key, List<String> title, String grade, boolean gradeAssumed, String range, String fte,
                   String occupancy, boolean vacantOrTemporary, String colour, List<CardMark> marks, boolean ghost,
                   int reports, boolean collapsed, String divisionId) {
}
