package org.reshape.ui.workspace;

/// What the main area shows.
public enum Mode {
    CURRENT("Current"), PROPOSED("Proposed"), COMPARE("Compare"), FINANCE("Finance"), METRICS("Metrics");

    private final String label;

    Mode(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
