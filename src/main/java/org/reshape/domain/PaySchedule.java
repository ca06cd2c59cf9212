package org.reshape.domain;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/// Every version of every pay scale: the model's own, and those that the pay
/// awards derive (each from the version in force the day before it). A version
/// derived from an assumed award, or from a version that was, is assumed.
///
/// A stored version wins over an award on the same family and date.
public final class PaySchedule {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    /// A version in force over part of a period.
    ///
    /// @param note why this part rests on an assumption, or empty
    public record Span(PayScale version, LocalDate from, LocalDate to, boolean assumed, String note) {
        public long days() {
            return to.toEpochDay() - from.toEpochDay() + 1;
        }
    }

    private final Map<String, List<PayScale>> byFamily = new HashMap<>();
    private final Set<String> assumed = new HashSet<>();

    public PaySchedule(List<PayScale> scales, List<PayAward> awards) {
        for (PayScale s : scales) {
            byFamily.computeIfAbsent(s.family(), k -> new ArrayList<>()).add(s);
        }
        byFamily.values().forEach(l -> l.sort(Comparator.comparing(PayScale::effectiveFrom)));
        List<PayAward> ordered = new ArrayList<>(awards);
        ordered.sort(Comparator.comparing(PayAward::effectiveFrom));
        for (PayAward a : ordered) {
            List<PayScale> versions = byFamily.get(a.family());
            if (versions == null || versions.stream().anyMatch(v -> v.effectiveFrom().equals(a.effectiveFrom()))) {
                continue;
            }
            PayScale before = inForce(versions, a.effectiveFrom().minusDays(1));
            PayScale next = a.apply(before);
            if (a.isAssumed() || assumed.contains(before.id())) {
                assumed.add(next.id());
            }
            versions.add(next);
            versions.sort(Comparator.comparing(PayScale::effectiveFrom));
        }
    }

    public static PaySchedule of(Model model, CostSettings settings) {
        return new PaySchedule(model.payScales(), settings == null ? List.of() : settings.awards());
    }

    public static PaySchedule of(Model model) {
        return of(model, model.costSettings());
    }

    /// Every version, stored and derived, in family and date order.
    public List<PayScale> versions() {
        return byFamily.values().stream().flatMap(List::stream).toList();
    }

    public List<PayScale> versions(String family) {
        return byFamily.getOrDefault(family, List.of());
    }

    public boolean isAssumed(PayScale version) {
        return assumed.contains(version.id());
    }

    /// The version of a family in force on a date: the latest effective on or
    /// before it, or the earliest when all start later; null for an unknown family.
    public PayScale inForce(String family, LocalDate on) {
        List<PayScale> versions = byFamily.get(family);
        return versions == null ? null : inForce(versions, on);
    }

    private static PayScale inForce(List<PayScale> sorted, LocalDate on) {
        PayScale best = sorted.getFirst();
        for (PayScale s : sorted) {
            if (!s.effectiveFrom().isAfter(on)) {
                best = s;
            }
        }
        return best;
    }

    /// The versions of a family in force from `from` to `to` (inclusive), in
    /// date order. A financial year in which no version of the family takes
    /// effect reuses the last one: that is an assumption of no award (0%), and
    /// the spans say so rather than reuse last year's figures in silence.
    public List<Span> spans(String family, LocalDate from, LocalDate to) {
        List<PayScale> versions = byFamily.get(family);
        if (versions == null || to.isBefore(from)) {
            return List.of();
        }
        FinancialYear year = FinancialYear.containing(from);
        boolean awardInYear = versions.stream().anyMatch(v -> !v.effectiveFrom().isBefore(year.start())
                && !v.effectiveFrom().isAfter(year.end()));
        List<Span> out = new ArrayList<>();
        LocalDate d = from;
        while (!d.isAfter(to)) {
            PayScale v = inForce(versions, d);
            LocalDate next = null;
            for (PayScale s : versions) {
                if (s.effectiveFrom().isAfter(v.effectiveFrom()) && s.effectiveFrom().isAfter(d)) {
                    next = s.effectiveFrom();
                    break;
                }
            }
            LocalDate end = next == null || next.isAfter(to) ? to : next.minusDays(1);
            String note = "";
            boolean isAssumed = assumed.contains(v.id());
            if (isAssumed) {
                note = v.provenance().assumption();
            } else if (v.effectiveFrom().isAfter(d)) {
                isAssumed = true;
                note = "no " + family + " pay before " + DAY.format(v.effectiveFrom()) + ": those figures used (assumed)";
            } else if (!awardInYear) {
                isAssumed = true;
                note = "no " + family + " pay award in " + year + ": " + v.label() + " figures used unchanged (0% assumed)";
            }
            out.add(new Span(v, d, end, isAssumed, note));
            d = end.plusDays(1);
        }
        return out;
    }
}
