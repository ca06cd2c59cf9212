package org.reshape.domain;

/// Which point of a grade a post is costed at.
public enum SalaryBasis {
    BOTTOM("bottom of grade"),
    MIDPOINT("midpoint of grade"),
    TOP("top of grade"),
    /// The holder's actual spinal point where known; top of grade otherwise.
    ACTUAL("actual point");

    private final String label;

    SalaryBasis(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static SalaryBasis parse(String text) {
        for (SalaryBasis b : values()) {
            if (b.name().equalsIgnoreCase(text.strip()) || (b == MIDPOINT && "mid".equalsIgnoreCase(text.strip()))) {
                return b;
            }
        }
        throw new IllegalArgumentException("'" + text + "' is not a salary basis; use bottom, midpoint, top or actual");
    }
}
