package org.reshape.io.establishment;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.reshape.domain.Grade;
import org.reshape.domain.Model;
import org.reshape.domain.Money;
import org.reshape.domain.PayScale;
import org.reshape.domain.Provenance;
import org.reshape.io.imports.Ids;
import org.reshape.io.imports.ProblemLog;

/// Finds the model's grade a cell names (by id, or by name ignoring case) and,
/// when the mapping allows, creates a grade the model lacks as a band of the
/// mapping's pay scale family, with the row's pay min and max as its range.
final class GradeLookup {
    private record Created(Grade grade, Money min, Money max, long line) {
    }

    private final Model model;
    private final ColumnMapping mapping;
    private final String file;
    private final Map<String, List<Grade>> byName = new HashMap<>();
    private final Map<String, Created> created = new LinkedHashMap<>();
    private final Set<String> ids = new HashSet<>();

    GradeLookup(Model model, ColumnMapping mapping, String file) {
        this.model = model;
        this.mapping = mapping;
        this.file = file;
        for (Grade g : model.grades()) {
            ids.add(g.id());
            byName.computeIfAbsent(g.name().toLowerCase(Locale.ROOT), k -> new ArrayList<>()).add(g);
        }
    }

    /// The id of the model's grade called `name` (its id, or its name ignoring
    /// case); "" when the model has no such grade; null with an error logged when
    /// the name fits several grades.
    String known(String name, long line, String column, ProblemLog log) {
        if (model.grade(name).isPresent()) {
            return name;
        }
        List<Grade> named = byName.getOrDefault(name.toLowerCase(Locale.ROOT), List.of());
        if (named.size() == 1) {
            return named.getFirst().id();
        }
        if (named.size() > 1) {
            log.error(file, line, column, "grade '" + name + "' could be any of " + named.size() + " grades of model '" + model.name()
                    + "' (ids " + String.join(", ", named.stream().map(Grade::id).toList()) + "); write the grade's id; the row was left out");
            return null;
        }
        return "";
    }

    /// The id of a grade the model does not have: one created earlier in this
    /// import, or a new one when the mapping allows; null with an error logged otherwise.
    ///
    /// @param min the row's pay min, or null when not mapped or not given
    /// @param max the row's pay max, or null
    String create(String name, long line, String column, Money min, Money max, ProblemLog log) {
        String k = name.toLowerCase(Locale.ROOT);
        Created c = created.get(k);
        if (c != null) {
            if (min != null && max != null && (!min.equals(c.min()) || !max.equals(c.max()))) {
                log.error(file, line, column, "grade '" + name + "' is " + c.min().formatPounds() + "–" + c.max().formatPounds()
                        + " on line " + c.line() + " but " + min.formatPounds() + "–" + max.formatPounds() + " here; the row was left out");
                return null;
            }
            return c.grade().id();
        }
        if (!mapping.createGrades()) {
            log.error(file, line, column, "grade '" + name + "' is not in model '" + model.name() + "' (" + known()
                    + "); add it to the model, or map the Pay min and Pay max columns and create grades; the row was left out");
            return null;
        }
        if (min == null || max == null || min.compareTo(max) > 0 || max.isZero()) {
            log.error(file, line, column, "grade '" + name + "' is not in model '" + model.name() + "' and cannot be created: "
                    + (min == null || max == null ? "the row has no pay min and max" : "pay min " + min.formatPounds()
                    + " and max " + max.formatPounds() + " are not a range") + "; the row was left out");
            return null;
        }
        String id = Ids.unique(Ids.slug(name, 60), ids);
        Grade g = Grade.banded(id, name, mapping.gradeFamily(), name,
                Provenance.of("establishment list " + file + ", line " + line + " (pay min and max)"));
        created.put(k, new Created(g, min, max, line));
        return id;
    }

    private String known() {
        List<String> names = model.grades().stream().map(Grade::name).toList();
        if (names.isEmpty()) {
            return "it has no grades yet";
        }
        return "its grades are " + String.join(", ", names.subList(0, Math.min(8, names.size())))
                + (names.size() > 8 ? " and " + (names.size() - 8) + " more" : "");
    }

    /// The model's grades, then the created ones.
    List<Grade> grades() {
        List<Grade> out = new ArrayList<>(model.grades());
        created.values().forEach(c -> out.add(c.grade()));
        return out;
    }

    int createdCount() {
        return created.size();
    }

    /// The model's pay scales, with the created bands added to every version of
    /// the mapping's family, or a new scale of that family when the model has none.
    List<PayScale> payScales(LocalDate effectiveFrom) {
        if (created.isEmpty()) {
            return model.payScales();
        }
        Map<String, PayScale.Band> bands = new LinkedHashMap<>();
        created.values().forEach(c -> bands.put(c.grade().band(), new PayScale.Band(c.min(), c.max())));
        List<PayScale> out = new ArrayList<>();
        boolean found = false;
        Set<String> scaleIds = new HashSet<>();
        for (PayScale s : model.payScales()) {
            scaleIds.add(s.id());
            if (s.family().equals(mapping.gradeFamily())) {
                found = true;
                Map<String, PayScale.Band> merged = new LinkedHashMap<>(bands);
                merged.putAll(s.bands());
                out.add(new PayScale(s.id(), s.family(), s.effectiveFrom(), s.points(), merged, s.provenance()));
            } else {
                out.add(s);
            }
        }
        if (!found) {
            out.add(new PayScale(Ids.unique(Ids.slug(mapping.gradeFamily(), 60), scaleIds), mapping.gradeFamily(), effectiveFrom,
                    Map.of(), bands, Provenance.of("establishment list " + file + " (pay min and max)")));
        }
        return out;
    }
}
