package org.reshape.domain;

/// Whether a person has the legal priority for a suitable alternative vacancy
/// (Maternity and Parental Leave etc. Regulations 1999 reg. 10; Protection from
/// Redundancy (Pregnancy and Family Leave) Act 2023): they are offered one
/// before anyone else.
public enum FamilyLeave {
    NONE("None"),
    ON_LEAVE("On maternity, adoption or shared parental leave"),
    PROTECTED_PERIOD("Pregnant, or in the protected period after birth or adoption");

    private final String label;

    FamilyLeave(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean hasPriority() {
        return this != NONE;
    }
}
