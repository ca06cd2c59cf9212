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
    RESPONSIBILITIES("responsibilities");

    private final String label;

    PostField(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
