package org.reshape.change;

/// The direction of a regrade, judged by the grades' maximum.
public enum Direction {
    UP("up"), DOWN("down"), SIDEWAYS("sideways");

    private final String label;

    Direction(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
