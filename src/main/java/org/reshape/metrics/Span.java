package org.reshape.metrics;

import java.math.BigDecimal;

/// One manager's span of control.
///
/// @param reports   direct reports counted (assistants left out; dotted lines only when included)
/// @param fte       the FTE of those reports (a team block counts its whole FTE)
/// @param headcount the people in those reports
/// @param layer     the manager's layer, 1 for the top
public record Span(String key, String title, String divisionId, int reports, BigDecimal fte, int headcount, int layer) {
}
