package org.reshape.domain;

/// How a post is filled.
public enum Occupancy {
    SUBSTANTIVE("Substantive"),
    INTERIM("Interim"),
    ACTING("Acting"),
    VACANT("Vacant"),
    SECONDMENT("Secondment");

    private final String label;

    Occupancy(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /// Whether an employee of the council holds the post, and so would be
    /// consulted: an interim is agency cover, and a vacancy has nobody in it.
    public boolean hasEmployee() {
        return this != VACANT && this != INTERIM;
    }
}
