package org.reshape.domain;

/// A holder's contract. Agency and interim workers are not the council's
/// employees, so they are not consulted and cannot be dismissed as redundant.
public enum Contract {
    PERMANENT("Permanent"),
    FIXED_TERM("Fixed-term"),
    AGENCY("Agency / interim");

    private final String label;

    Contract(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean isEmployee() {
        return this != AGENCY;
    }
}
