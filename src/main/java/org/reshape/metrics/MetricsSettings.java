package org.reshape.metrics;

/// The thresholds a structure is checked against, and whether dotted lines count.
///
/// @param minSpan       a manager with fewer direct reports than this is under span
/// @param maxSpan       a manager with more direct reports than this is over span
/// @param maxLayers     a structure (or division) deeper than this many layers is flagged
/// @param includeDotted count dotted-line reports in spans and layers as well as line reports
public record MetricsSettings(int minSpan, int maxSpan, int maxLayers, boolean includeDotted) {

    /// Span under 3 or over 10, more than 6 layers, dotted lines left out.
    public static final MetricsSettings DEFAULTS = new MetricsSettings(3, 10, 6, false);

    public MetricsSettings {
        if (minSpan < 0 || maxSpan < 1 || minSpan > maxSpan) {
            throw new IllegalArgumentException("span thresholds must satisfy 0 ≤ minimum ≤ maximum, not " + minSpan + " and " + maxSpan);
        }
        if (maxLayers < 1) {
            throw new IllegalArgumentException("the most layers must be at least 1, not " + maxLayers);
        }
    }

    /// "span under 3 or over 10; more than 6 layers".
    public String describe() {
        return "span under " + minSpan + " or over " + maxSpan + "; more than " + maxLayers + " layers"
                + (includeDotted ? "; dotted lines counted" : "");
    }
}
