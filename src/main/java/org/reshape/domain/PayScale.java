package org.reshape.domain;

import java.time.LocalDate;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/// One dated version of a pay scale: a set of spinal points (point → annual
/// amount) and/or named bands (code → minimum and maximum). A scale family such
/// as "Soulbury" has one version per pay award, each effective from a date (NJC
/// and Chief Officers 1 April, Soulbury 1 September).
///
/// @param family the scale's name, shared by all its versions: "NJC", "Soulbury", "Chief Officer"
public record PayScale(String id, String family, LocalDate effectiveFrom, Map<Integer, Money> points,
                       Map<String, Band> bands, Provenance provenance) {

    /// A banded range, such as Chief Officer Band E £93,102 – £101,596.
    public record Band(Money min, Money max) {
    }

    public PayScale {
        Checks.require(id, "pay scale id");
        Checks.require(family, "pay scale family");
        if (effectiveFrom == null) {
            throw new IllegalArgumentException("pay scale " + id + " has no effective date");
        }
        points = Collections.unmodifiableSortedMap(new TreeMap<>(points == null ? Map.of() : points));
        bands = Collections.unmodifiableMap(new TreeMap<>(bands == null ? Map.of() : bands));
        provenance = provenance == null ? Provenance.NONE : provenance;
    }

    /// "Soulbury from 1 September 2023".
    public String label() {
        return family + " from " + effectiveFrom.format(java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy", java.util.Locale.UK));
    }
}
