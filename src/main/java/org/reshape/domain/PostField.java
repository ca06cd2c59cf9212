package org.reshape.domain;

/// The fields of a post that can be sourced or assumed.
public enum PostField {
    TITLE("title"),
    DIVISION("division"),
    MANAGER("line manager"),
    GRADE("grade"),
    FTE("FTE"),
    HEADCOUNT("headcount"),
    OCCUPANCY("occupancy"),
    HOLDER("holder"),
    RESPONSIBILITIES("responsibilities"),
    /// whether the post of a person acting up is covered while they act up
    BACKFILLED("backfilled");

    private final String label;

    PostField(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
