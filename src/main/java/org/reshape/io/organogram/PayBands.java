package org.reshape.io.organogram;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.reshape.domain.Grade;
import org.reshape.domain.Model;
import org.reshape.domain.Money;
import org.reshape.domain.PayScale;
import org.reshape.domain.Provenance;
import org.reshape.io.imports.Ids;

/// The grades and pay bands an organogram import needs: one banded pay scale
/// family per organisation ("Home Office pay bands"), with a band and a grade for
/// every distinct (grade, floor, ceiling) the files publish, and one assumed
/// grade per grade name whose pay some posts do not disclose.
///
/// An assumed grade's range is that of the posts of the same grade name that do
/// disclose pay, across every file of the import; where none does, it is £0–£0
/// and says so, so the by-grade table shows the posts uncosted in one row, and
/// entering the real range in that one band costs them all.
final class PayBands {
    private record Entry(String org, String label, Money min, Money max, String file) {
    }

    private final Model existing;
    private final LocalDate effectiveFrom;
    private final Map<String, Entry> byId = new LinkedHashMap<>();
    private final Set<String> taken = new HashSet<>();
    private final Map<String, String> idOf = new HashMap<>();

    /// @param existing the model the import goes into, whose grades and bands are kept as they are; or null
    PayBands(Model existing, LocalDate effectiveFrom) {
        this.existing = existing;
        this.effectiveFrom = effectiveFrom;
        if (existing != null) {
            existing.grades().forEach(g -> taken.add(g.id()));
        }
    }

    /// The grade id for a disclosed band, registering it.
    String disclosed(String org, String label, Money min, Money max, String file) {
        return register(OrganogramGrades.id(org, label, min, max), new Entry(org, label, min, max, file));
    }

    /// The id of the assumed grade for posts of grade `label` whose pay is not disclosed.
    String undisclosed(String org, String label, String file) {
        return register(OrganogramGrades.undisclosedId(org, label), new Entry(org, label, null, null, file));
    }

    private String register(String id, Entry e) {
        String known = idOf.get(id + "\u0000" + e.label());
        if (known != null) {
            return known;
        }
        // Two grade names that make the same id ("SCS 1", "SCS-1") stay two grades.
        String unique = existing != null && existing.grade(id).isPresent() && byId.get(id) == null ? id : Ids.unique(id, taken);
        taken.add(unique);
        byId.putIfAbsent(unique, e);
        idOf.put(id + "\u0000" + e.label(), unique);
        return unique;
    }

    static String family(String org) {
        return (org.isEmpty() ? "Organogram" : org) + " pay bands";
    }

    /// The model's grades followed by the new ones, highest ceiling first.
    List<Grade> grades() {
        List<Grade> out = new ArrayList<>(existing == null ? List.of() : existing.grades());
        Map<String, Span> spans = spans();
        List<Grade> added = new ArrayList<>();
        Map<String, Money> ceilings = new HashMap<>();
        byId.forEach((id, e) -> {
            if (existing != null && existing.grade(id).isPresent()) {
                return;
            }
            Span r = span(e, spans);
            Provenance p = e.min() != null ? Provenance.of("organogram " + e.file())
                    : new Provenance("organogram " + e.file(), assumption(e, r), Set.of());
            added.add(Grade.banded(id, code(e), family(e.org()), code(e), p));
            ceilings.put(id, r.max());
        });
        added.sort(Comparator.comparing((Grade g) -> ceilings.get(g.id())).reversed().thenComparing(Grade::name));
        out.addAll(added);
        return out;
    }

    /// The model's pay scales with the new bands added to every version of each organisation's family,
    /// and a new scale for a family the model does not have yet.
    List<PayScale> payScales() {
        Map<String, Map<String, PayScale.Band>> bandsByFamily = new LinkedHashMap<>();
        Map<String, String> sources = new LinkedHashMap<>();
        Map<String, Span> spans = spans();
        byId.forEach((id, e) -> {
            Span r = span(e, spans);
            bandsByFamily.computeIfAbsent(family(e.org()), f -> new LinkedHashMap<>()).putIfAbsent(code(e), new PayScale.Band(r.min(), r.max()));
            sources.merge(family(e.org()), e.file(), (a, b) -> a.contains(b) ? a : a + ", " + b);
        });
        List<PayScale> out = new ArrayList<>();
        Set<String> scaleIds = new HashSet<>();
        Set<String> done = new HashSet<>();
        for (PayScale s : existing == null ? List.<PayScale>of() : existing.payScales()) {
            scaleIds.add(s.id());
            Map<String, PayScale.Band> add = bandsByFamily.get(s.family());
            if (add == null) {
                out.add(s);
                continue;
            }
            done.add(s.family());
            Map<String, PayScale.Band> merged = new LinkedHashMap<>(add);
            merged.putAll(s.bands()); // what the model has wins: the user may have entered an assumed band's range
            out.add(new PayScale(s.id(), s.family(), s.effectiveFrom(), s.points(), merged, s.provenance()));
        }
        bandsByFamily.forEach((family, bands) -> {
            if (!done.contains(family)) {
                String id = Ids.unique(OrganogramGrades.PREFIX + Ids.slug(family, 60), scaleIds);
                out.add(new PayScale(id, family, effectiveFrom, Map.of(), bands, Provenance.of("organogram " + sources.get(family))));
            }
        });
        return out;
    }

    /// A band's range, or for an assumed grade the span of its grade name's disclosed bands.
    private record Span(Money min, Money max, int bands) {
        Span plus(Span o) {
            return new Span(min.compareTo(o.min) <= 0 ? min : o.min, max.compareTo(o.max) >= 0 ? max : o.max, bands + o.bands);
        }
    }

    private static String key(Entry e) {
        return e.org() + "\u0000" + e.label();
    }

    /// The grade's name, which is also its band's code: unique within the family.
    private static String code(Entry e) {
        return e.min() != null ? OrganogramGrades.name(e.label(), e.min(), e.max()) : OrganogramGrades.undisclosedName(e.label());
    }

    private static Span span(Entry e, Map<String, Span> spans) {
        return e.min() != null ? new Span(e.min(), e.max(), 1) : spans.getOrDefault(key(e), new Span(Money.ZERO, Money.ZERO, 0));
    }

    /// For each (organisation, grade name): the lowest minimum and highest maximum disclosed, and how many bands.
    private Map<String, Span> spans() {
        Map<String, Span> r = new HashMap<>();
        for (Entry e : byId.values()) {
            if (e.min() != null) {
                r.merge(key(e), new Span(e.min(), e.max(), 1), Span::plus);
            }
        }
        return r;
    }

    private static String assumption(Entry e, Span r) {
        if (r.bands() == 0) {
            return "pay not disclosed in the organogram, and no " + e.label() + " post in it discloses pay: costed at £0"
                    + " until the range of this band is entered";
        }
        return "pay not disclosed in the organogram; range assumed to span the " + r.bands() + " disclosed " + e.label()
                + (r.bands() == 1 ? " band" : " bands") + " in it, " + OrganogramGrades.range(r.min(), r.max());
    }
}
