package org.reshape.domain;

/// A pay range on a pay scale family: spinal points `minPoint`–`maxPoint`
/// (Soulbury EIP 23–26, NJC Grade 9) or a named `band` (Chief Officer Band F).
/// The amounts come from the scale version in force on the costing date, so
/// one grade is costed correctly in any year.
///
/// @param family the pay scale family, matching [PayScale#family()]
/// @param band   the band code, or empty for a spinal range
public record Grade(String id, String name, String family, int minPoint, int maxPoint, String band,
                    Provenance provenance) {

    public Grade {
        Checks.require(id, "grade id");
        Checks.require(name, "grade name");
        Checks.require(family, "pay scale of grade " + id);
        band = Checks.orEmpty(band);
        provenance = provenance == null ? Provenance.NONE : provenance;
    }

    public static Grade spinal(String id, String name, String family, int minPoint, int maxPoint, Provenance p) {
        return new Grade(id, name, family, minPoint, maxPoint, "", p);
    }

    public static Grade banded(String id, String name, String family, String band, Provenance p) {
        return new Grade(id, name, family, 0, 0, band, p);
    }

    public boolean isBanded() {
        return !band.isEmpty();
    }

    public boolean isAssumed() {
        return provenance.anyAssumed();
    }
}
