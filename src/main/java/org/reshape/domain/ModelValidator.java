package org.reshape.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/// Checks the rules of the model: reporting lines form no cycle and stay inside
/// the scenario, posts name grades and divisions the model has, FTE and
/// headcount make sense (FTE with no more decimal places than are stored),
/// no pay amount is below £0, grades have their minimum at or below their
/// maximum, a post replaces only posts the model has, and every proposal's
/// chain of bases ends at a baseline.
///
/// The one boundary: imports, model files, the store and the window all pass a
/// model through here before they keep it, so whatever is saved opens again.
public final class ModelValidator {
    /// Decimal places of FTE that are stored; a value with more is refused, not rounded.
    public static final int FTE_DECIMALS = 6;

    private ModelValidator() {
    }

    public static List<Problem> validate(Model model) {
        List<Problem> out = new ArrayList<>();
        Set<String> gradeIds = new HashSet<>();
        Set<String> divisionIds = new HashSet<>();
        for (Division d : model.divisions()) {
            if (!divisionIds.add(d.id())) {
                out.add(new Problem("division " + d.id(), "the id is used twice"));
            }
        }
        Set<String> scaleIds = new HashSet<>();
        for (PayScale s : model.payScales()) {
            if (!scaleIds.add(s.id())) {
                out.add(new Problem("pay scale " + s.id(), "the id is used twice"));
            }
            s.points().forEach((point, amount) -> {
                if (amount.signum() <= 0) {
                    out.add(new Problem("pay scale " + s.label() + ", point " + point,
                            "the amount must be more than £0, not " + amount.format()));
                }
            });
            s.bands().forEach((code, band) -> {
                // £0 – £0 is a band whose pay is not disclosed (organogram imports): its posts are left out of
                // the totals with a warning, like a post with no grade; any other amount must be above £0
                boolean undisclosed = band.min().isZero() && band.max().isZero();
                if (!undisclosed && (band.min().signum() <= 0 || band.max().signum() <= 0)) {
                    out.add(new Problem("pay scale " + s.label() + ", band " + code, "the amounts must be more than £0, not "
                            + band.min().format() + " – " + band.max().format()));
                } else if (band.min().compareTo(band.max()) > 0) {
                    out.add(new Problem("pay scale " + s.label() + ", band " + code,
                            "minimum " + band.min().formatPounds() + " is above maximum " + band.max().formatPounds()));
                }
            });
        }
        if (model.costSettings() != null) {
            Set<String> families = new HashSet<>();
            model.payScales().forEach(sc -> families.add(sc.family()));
            Set<String> awards = new HashSet<>();
            for (PayAward a : model.costSettings().awards()) {
                if (!families.contains(a.family())) {
                    out.add(new Problem("pay award " + a.label(), "the model has no pay scale '" + a.family() + "' for it to apply to"));
                }
                if (!awards.add(a.family() + "@" + a.effectiveFrom())) {
                    out.add(new Problem("pay award " + a.label(), "there is another " + a.family() + " award on the same date"));
                }
            }
        }
        for (Grade g : model.grades()) {
            if (!gradeIds.add(g.id())) {
                out.add(new Problem("grade " + g.id(), "the id is used twice"));
            }
            if (!g.isBanded() && g.minPoint() > g.maxPoint()) {
                out.add(new Problem("grade " + g.name(), "minimum point " + g.minPoint() + " is above maximum point " + g.maxPoint()));
            }
        }
        PayTable pay = new PayTable(model, model.costSettings() == null ? java.time.LocalDate.now() : model.costSettings().year().start());
        for (Grade g : model.grades()) {
            pay.problem(g.id()).ifPresent(p -> out.add(new Problem("grade " + g.name(), p)));
            pay.range(g.id()).filter(r -> r.min().compareTo(r.max()) > 0).ifPresent(r -> out.add(new Problem(
                    "grade " + g.name(), "minimum " + r.min().formatPounds() + " is above maximum " + r.max().formatPounds())));
        }
        Set<String> scenarioIds = new HashSet<>();
        for (Scenario s : model.scenarios()) {
            if (!scenarioIds.add(s.id())) {
                out.add(new Problem("scenario " + s.name(), "the id " + s.id() + " is used twice"));
            }
            if (s.isProposal() && model.scenario(s.baseId()).isEmpty()) {
                out.add(new Problem("scenario '" + s.name() + "'", "its base scenario " + s.baseId() + " is not in the model"));
            }
            validateScenario(s, gradeIds, divisionIds, out);
        }
        validateBases(model, out);
        validateReplaces(model, out);
        WorkforceValidator.validate(model, java.time.LocalDate.now(), out);
        validateLengths(model, out);
        return out;
    }

    /// Characters an id or key may have (the store's key columns).
    public static final int ID_LENGTH = 200;
    /// Characters a name, title or holder may have.
    public static final int NAME_LENGTH = 1000;
    /// Characters of free text (responsibilities, notes) a post may have.
    public static final int TEXT_LENGTH = 100_000;

    /// Texts no longer than the store keeps, so that a model a file or an import accepts can be saved.
    private static void validateLengths(Model model, List<Problem> out) {
        length(out, "model", "id", model.id(), ID_LENGTH);
        length(out, "model", "name", model.name(), NAME_LENGTH);
        length(out, "model", "organisation", model.organisation(), NAME_LENGTH);
        length(out, "model", "directorate", model.directorate(), NAME_LENGTH);
        for (Division d : model.divisions()) {
            length(out, "division " + cut(d.id()), "id", d.id(), ID_LENGTH);
            length(out, "division " + cut(d.id()), "name", d.name(), NAME_LENGTH);
            length(out, "division " + cut(d.id()), "renames", d.renames(), ID_LENGTH);
        }
        for (PayScale sc : model.payScales()) {
            length(out, "pay scale " + cut(sc.id()), "id", sc.id(), ID_LENGTH);
            length(out, "pay scale " + cut(sc.id()), "family", sc.family(), ID_LENGTH);
            sc.bands().keySet().forEach(code -> length(out, "pay scale " + cut(sc.id()), "band code", code, ID_LENGTH));
        }
        for (Grade g : model.grades()) {
            length(out, "grade " + cut(g.id()), "id", g.id(), ID_LENGTH);
            length(out, "grade " + cut(g.id()), "name", g.name(), NAME_LENGTH);
            length(out, "grade " + cut(g.id()), "family", g.family(), ID_LENGTH);
        }
        model.glossary().forEach((term, definition) -> {
            length(out, "glossary", "term", term, NAME_LENGTH);
            length(out, "glossary entry " + cut(term), "definition", definition, 10_000);
        });
        for (Scenario s : model.scenarios()) {
            length(out, "scenario " + cut(s.id()), "id", s.id(), ID_LENGTH);
            length(out, "scenario " + cut(s.id()), "name", s.name(), NAME_LENGTH);
            for (Post p : s.posts()) {
                String where = "post " + cut(p.key()) + " in scenario '" + cut(s.name()) + "'";
                length(out, where, "key", p.key(), ID_LENGTH);
                length(out, where, "title", p.title(), NAME_LENGTH);
                length(out, where, "holder", p.holder(), NAME_LENGTH);
                length(out, where, "responsibilities", p.responsibilities(), TEXT_LENGTH);
                length(out, where, "notes", p.notes(), TEXT_LENGTH);
            }
        }
        for (Person person : model.workforce().people()) {
            length(out, "person " + cut(person.id()), "id", person.id(), ID_LENGTH);
            length(out, "person " + cut(person.id()), "name", person.name(), NAME_LENGTH);
            length(out, "person " + cut(person.id()), "employee number", person.employeeNumber(), ID_LENGTH);
        }
    }

    private static void length(List<Problem> out, String where, String field, String value, int max) {
        if (value != null && value.length() > max) {
            out.add(new Problem(where, "the " + field + " has " + value.length() + " characters; at most " + max + " are kept"));
        }
    }

    /// An id as a message shows it: whole, or its first 40 characters and "…".
    private static String cut(String id) {
        return id == null || id.length() <= 40 ? id : id.substring(0, 40) + "…";
    }

    /// Every proposal's chain of bases ends at a baseline: no loop, and a model with scenarios has a baseline.
    private static void validateBases(Model model, List<Problem> out) {
        if (!model.scenarios().isEmpty() && model.scenarios().stream().allMatch(Scenario::isProposal)) {
            out.add(new Problem("scenarios", "there is no baseline: every scenario names a base, so none is the structure as it is"));
        }
        Map<String, Scenario> byId = new HashMap<>();
        model.scenarios().forEach(s -> byId.putIfAbsent(s.id(), s));
        Set<Set<String>> loops = new HashSet<>();
        for (Scenario s : model.scenarios()) {
            List<String> chain = new ArrayList<>();
            Scenario at = s;
            while (at != null && at.isProposal() && !chain.contains(at.id())) {
                chain.add(at.id());
                at = byId.get(at.baseId());
            }
            if (at == null || !at.isProposal()) {
                continue;
            }
            List<String> loop = chain.subList(chain.indexOf(at.id()), chain.size());
            if (loops.add(Set.copyOf(loop))) {
                List<String> names = new ArrayList<>(loop.stream().map(id -> "'" + byId.get(id).name() + "'").toList());
                names.add(names.getFirst());
                out.add(new Problem("scenario " + names.getFirst(), "its bases form a loop (" + String.join(" is based on ", names)
                        + "), so it never reaches the baseline"));
            }
        }
    }

    /// Each key a post `replaces` names a post in one of the model's scenarios.
    private static void validateReplaces(Model model, List<Problem> out) {
        Set<String> keys = new HashSet<>();
        model.scenarios().forEach(s -> s.posts().forEach(p -> keys.add(p.key())));
        for (Scenario s : model.scenarios()) {
            for (Post p : s.posts()) {
                for (String r : p.replaces()) {
                    if (!keys.contains(r)) {
                        out.add(new Problem(where(s, p), "it replaces post " + r + ", which is in no scenario of the model"));
                    }
                }
            }
        }
    }

    /// Throws [InvalidModelException] with every problem, if there are any.
    public static Model requireValid(Model model) {
        List<Problem> problems = validate(model);
        if (!problems.isEmpty()) {
            throw new InvalidModelException(problems);
        }
        return model;
    }

    /// The problems an edit that put or removed only the posts with these keys (scenario id → keys) brings
    /// to a valid model: the rules of the model checked for those posts, for posts that named a removed
    /// one, and for cycles through them — without going over the other 100,000 posts. Anything else
    /// (a scenario not in both models, other pay, grades or divisions) is checked in full.
    public static List<Problem> validateEdit(Model before, Model after, Map<String, ? extends Set<String>> keysByScenario) {
        if (after.grades() != before.grades() || after.divisions() != before.divisions() || after.payScales() != before.payScales()
                || after.costSettings() != before.costSettings() || after.scenarios().size() != before.scenarios().size()) {
            return validate(after);
        }
        List<Problem> out = new ArrayList<>();
        Set<String> gradeIds = new HashSet<>();
        after.grades().forEach(g -> gradeIds.add(g.id()));
        Set<String> divisionIds = new HashSet<>();
        after.divisions().forEach(d -> divisionIds.add(d.id()));
        boolean workforce = false;
        for (Map.Entry<String, ? extends Set<String>> e : keysByScenario.entrySet()) {
            Scenario s = after.scenarios().stream().filter(x -> x.id().equals(e.getKey())).findFirst().orElse(null);
            if (s == null || before.scenarios().stream().noneMatch(x -> x.id().equals(e.getKey()))) {
                return validate(after);
            }
            workforce = true;
            Set<String> removed = new HashSet<>();
            boolean cycle = false;
            for (String k : e.getValue()) {
                Post p = s.post(k);
                if (p == null) {
                    removed.add(k);
                    continue;
                }
                validatePost(s, p, gradeIds, divisionIds, out);
                cycle |= onCycle(s, k);
                for (String r : p.replaces()) {
                    if (after.scenarios().stream().noneMatch(x -> x.contains(r))) {
                        out.add(new Problem(where(s, p), "it replaces post " + r + ", which is in no scenario of the model"));
                    }
                }
            }
            if (!removed.isEmpty()) {
                // posts left naming a removed post as their manager
                for (Post p : s.posts()) {
                    if ((removed.contains(p.managerKey()) || namesAny(p.design().dottedManagers(), removed)
                            || removed.contains(p.pay().actingFor()))
                            && !e.getValue().contains(p.key())) {
                        validatePost(s, p, gradeIds, divisionIds, out);
                    }
                }
                if (removed.stream().anyMatch(k -> after.scenarios().stream().noneMatch(x -> x.contains(k)))) {
                    validateReplaces(after, out);
                }
            }
            if (cycle) {
                findCycles(s).forEach(c -> out.add(new Problem("scenario '" + s.name() + "'", "reporting-line cycle: " + c)));
            }
        }
        if (workforce && !after.workforce().equals(Workforce.EMPTY)) {
            WorkforceValidator.validate(after, java.time.LocalDate.now(), out);
        }
        return out;
    }

    private static boolean namesAny(List<String> keys, Set<String> removed) {
        for (String k : keys) {
            if (removed.contains(k)) {
                return true;
            }
        }
        return false;
    }

    /// Whether following line managers up from `key` comes back to it.
    private static boolean onCycle(Scenario s, String key) {
        String k = s.post(key).managerKey();
        int guard = s.size() + 1;
        while (!k.isEmpty() && guard-- > 0) {
            if (k.equals(key)) {
                return true;
            }
            Post p = s.post(k);
            if (p == null) {
                return false;
            }
            k = p.managerKey();
        }
        return guard <= 0; // above it, a cycle it is not on
    }

    static void validateScenario(Scenario s, Set<String> gradeIds, Set<String> divisionIds, List<Problem> out) {
        for (Post p : s.posts()) {
            validatePost(s, p, gradeIds, divisionIds, out);
        }
        findCycles(s).forEach(cycle -> out.add(new Problem("scenario '" + s.name() + "'", "reporting-line cycle: " + cycle)));
    }

    private static void validatePost(Scenario s, Post p, Set<String> gradeIds, Set<String> divisionIds, List<Problem> out) {
        String where = where(s, p);
        if (!p.gradeId().isEmpty() && !gradeIds.contains(p.gradeId())) {
            out.add(new Problem(where, "unknown grade '" + p.gradeId() + "'"));
        }
        if (!p.divisionId().isEmpty() && !divisionIds.contains(p.divisionId())) {
            out.add(new Problem(where, "unknown division '" + p.divisionId() + "'"));
        }
        if (!p.managerKey().isEmpty() && !s.contains(p.managerKey())) {
            out.add(new Problem(where, "its line manager " + p.managerKey() + " is not in this scenario"));
        }
        for (String dotted : p.design().dottedManagers()) {
            if (dotted.equals(p.key())) {
                out.add(new Problem(where, "it cannot have a dotted line to itself"));
            } else if (!s.contains(dotted)) {
                out.add(new Problem(where, "its dotted-line manager " + dotted + " is not in this scenario"));
            } else if (dotted.equals(p.managerKey())) {
                out.add(new Problem(where, "its dotted-line manager " + dotted + " is already its line manager"));
            }
        }
        if (p.pay().isActingUp()) {
            String sub = p.pay().actingFor();
            if (sub.equals(p.key())) {
                out.add(new Problem(where, "the person acting up cannot have this post as their substantive post"));
            } else if (!s.contains(sub)) {
                out.add(new Problem(where, "the substantive post of the person acting up, " + sub + ", is not in this scenario"));
            } else if (s.post(sub).pay().isActingUp()) {
                out.add(new Problem(where, "the substantive post of the person acting up, " + sub + ", is itself filled by acting up"));
            }
            if (p.occupancy() != Occupancy.ACTING) {
                out.add(new Problem(where, "it names " + sub + " as the substantive post of an acting holder, but it is "
                        + p.occupancy().label().toLowerCase(java.util.Locale.ROOT) + ", not acting"));
            }
        }
        if (p.isAssistant() && p.managerKey().isEmpty()) {
            out.add(new Problem(where, "an assistant needs a line manager to sit beside"));
        }
        if (p.fte().signum() <= 0) {
            out.add(new Problem(where, "FTE must be more than 0, not " + p.fte().toPlainString()));
        } else if (p.fte().stripTrailingZeros().scale() > FTE_DECIMALS) {
            out.add(new Problem(where, fteTooPrecise(p.fte())));
        }
        if (p.headcount() < 1) {
            out.add(new Problem(where, "headcount must be at least 1, not " + p.headcount()));
        } else if (p.fte().compareTo(BigDecimal.valueOf(p.headcount())) > 0) {
            out.add(new Problem(where, "FTE " + p.fte().toPlainString() + " is more than its headcount of " + p.headcount()));
        }
    }

    /// Each reporting-line cycle once, as "Title A → Title B → Title A".
    public static List<String> findCycles(Scenario s) {
        List<String> cycles = new ArrayList<>();
        Map<String, Integer> state = new HashMap<>(); // 1 = on the current path, 2 = done
        for (Post start : s.posts()) {
            LinkedHashSet<String> path = new LinkedHashSet<>();
            String k = start.key();
            while (k != null && !k.isEmpty() && s.contains(k) && state.get(k) == null) {
                state.put(k, 1);
                path.add(k);
                k = s.post(k).managerKey();
            }
            if (k != null && state.get(k) != null && state.get(k) == 1 && path.contains(k)) {
                List<String> ring = new ArrayList<>();
                boolean in = false;
                for (String key : path) {
                    in |= key.equals(k);
                    if (in) {
                        ring.add(s.post(key).title() + " (" + key + ")");
                    }
                }
                ring.add(s.post(k).title() + " (" + k + ")");
                cycles.add(String.join(" → ", ring));
            }
            path.forEach(key -> state.put(key, 2));
        }
        return cycles;
    }

    /// Whether making `postKey` report to `newManagerKey` would close a cycle.
    public static boolean wouldCycle(Scenario s, String postKey, String newManagerKey) {
        String k = newManagerKey;
        int guard = s.size() + 1;
        while (k != null && !k.isEmpty() && guard-- > 0) {
            if (k.equals(postKey)) {
                return true;
            }
            Post p = s.post(k);
            k = p == null ? null : p.managerKey();
        }
        return false;
    }

    /// "FTE 0.1234567891 has more than 6 decimal places, which Reshape does not keep; round it (0.123457)".
    public static String fteTooPrecise(BigDecimal fte) {
        return "FTE " + fte.toPlainString() + " has more than " + FTE_DECIMALS + " decimal places, which Reshape does not keep; round it ("
                + fte.setScale(FTE_DECIMALS, java.math.RoundingMode.HALF_UP).stripTrailingZeros().toPlainString() + ")";
    }

    static String where(Scenario s, Post p) {
        return "scenario '" + s.name() + "', post " + p.key() + (p.title().isEmpty() ? "" : " (" + p.title() + ")");
    }
}
