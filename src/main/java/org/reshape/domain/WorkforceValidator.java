package org.reshape.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/// The rules of a model's people, part of [ModelValidator]: each problem names
/// the person, the post and the field, so the user can find and fix it.
final class WorkforceValidator {
    private WorkforceValidator() {
    }

    static void validate(Model model, LocalDate today, List<Problem> out) {
        Workforce w = model.workforce();
        if (w.isEmpty() && w.holdings().isEmpty() && w.matches().isEmpty()) {
            return;
        }
        Map<String, Person> people = new HashMap<>();
        for (Person p : w.people()) {
            if (people.putIfAbsent(p.id(), p) != null) {
                out.add(new Problem("person " + p.describe(), "the id " + p.id() + " is used twice"));
            }
        }
        Scenario base = model.scenarios().stream().filter(s -> !s.isProposal()).findFirst().orElse(null);
        for (Person p : w.people()) {
            String where = where(p, w.holdingsOfPerson(p.id()).stream().map(Holding::postKey).toList(), base);
            person(p, where, today, out);
        }
        Map<String, BigDecimal> held = new LinkedHashMap<>();
        Set<String> pairs = new HashSet<>();
        for (Holding h : w.holdings()) {
            Person p = people.get(h.personId());
            String who = p == null ? "person " + h.personId() : "person " + p.describe();
            String post = base == null ? h.postKey() : postName(base, h.postKey());
            if (p == null) {
                out.add(new Problem(who + ", post " + post, "holder: there is no such person"));
            }
            if (base == null || !base.contains(h.postKey())) {
                out.add(new Problem(who + ", post " + h.postKey(), "post: the current structure has no such post"));
                continue;
            }
            if (!pairs.add(h.personId() + "\u0000" + h.postKey())) {
                out.add(new Problem(who + ", post " + post, "holds the post twice"));
            }
            if (h.fte().signum() <= 0) {
                out.add(new Problem(who + ", post " + post, "FTE must be more than 0, not " + h.fte().toPlainString()));
            } else if (h.fte().stripTrailingZeros().scale() > ModelValidator.FTE_DECIMALS) {
                out.add(new Problem(who + ", post " + post, "FTE: " + ModelValidator.fteTooPrecise(h.fte())));
            }
            held.merge(h.postKey(), h.fte(), BigDecimal::add);
        }
        held.forEach((key, fte) -> {
            Post post = base.post(key);
            if (fte.compareTo(post.fte()) > 0) {
                List<String> holders = w.holdingsOf(key).stream().map(h -> people.containsKey(h.personId())
                        ? people.get(h.personId()).describe() + " " + h.fte().toPlainString() : h.personId()).toList();
                out.add(new Problem("post " + postName(base, key) + ", holders " + String.join(", ", holders),
                        "FTE: the holders' FTE add up to " + fte.stripTrailingZeros().toPlainString()
                                + ", more than the post's " + post.fte().toPlainString()));
            }
        });
        matches(model, w, people, out);
    }

    private static void person(Person p, String where, LocalDate today, List<Problem> out) {
        if (p.name().isEmpty()) {
            out.add(new Problem(where, "name: a person needs a name"));
        }
        if (p.dateOfBirth() != null && p.dateOfBirth().isAfter(today)) {
            out.add(new Problem(where, "date of birth: " + p.dateOfBirth() + " is in the future"));
        }
        if (p.dateOfBirth() != null && p.serviceStart() != null && p.serviceStart().isBefore(p.dateOfBirth().plusYears(16))) {
            out.add(new Problem(where, "service start: " + p.serviceStart() + " is before the person was 16 (born "
                    + p.dateOfBirth() + ")"));
        }
        if (p.noticeWeeks() < 0 || p.noticeWeeks() > 52) {
            out.add(new Problem(where, "notice: " + p.noticeWeeks() + " weeks is not between 0 and 52"));
        }
        if (p.salary() != null && p.salary().signum() < 0) {
            out.add(new Problem(where, "salary: " + p.salary().formatPounds() + " is negative"));
        }
        if (p.contractEnd() != null && p.contract() != Contract.FIXED_TERM) {
            out.add(new Problem(where, "contract end: only a fixed-term contract has an agreed end"));
        }
        equality(Equality.SEX, p.sex(), where, out);
        equality(Equality.ETHNICITY, p.ethnicity(), where, out);
        equality(Equality.DISABILITY, p.disability(), where, out);
    }

    private static void equality(Equality field, String value, String where, List<Problem> out) {
        if (!value.isEmpty() && !field.allowed().contains(value)) {
            out.add(new Problem(where, field.label() + ": '" + value + "' is not one of " + String.join("; ", field.allowed())
                    + " (or leave it empty)"));
        }
    }

    private static void matches(Model model, Workforce w, Map<String, Person> people, List<Problem> out) {
        Map<String, Match> first = new HashMap<>();
        for (Match m : w.matches()) {
            Scenario s = model.scenario(m.scenarioId()).filter(x -> x.id().equals(m.scenarioId())).orElse(null);
            if (s == null) {
                continue; // the proposal was deleted; its matches come back with it on undo
            }
            Person p = people.get(m.personId());
            String who = p == null ? "person " + m.personId() : "person " + p.describe();
            if (p == null) {
                out.add(new Problem(who + ", proposal '" + s.name() + "'", "match: there is no such person"));
            }
            if (!s.contains(m.postKey())) {
                out.add(new Problem(who + ", post " + m.postKey(), "match: proposal '" + s.name() + "' has no such post"));
                continue;
            }
            Match earlier = first.putIfAbsent(m.scenarioId() + "\u0000" + m.personId(), m);
            if (earlier != null) {
                out.add(new Problem(who + ", post " + postName(s, m.postKey()), "match: already confirmed into "
                        + postName(s, earlier.postKey()) + " in proposal '" + s.name() + "'; a person can be confirmed into one post"));
            }
        }
    }

    private static String where(Person p, List<String> keys, Scenario base) {
        String posts = keys.isEmpty() ? "no post" : "post " + String.join(", ", keys.stream()
                .map(k -> base == null ? k : postName(base, k)).toList());
        return "person " + p.describe() + ", " + posts;
    }

    private static String postName(Scenario s, String key) {
        Post p = s.post(key);
        return p == null || p.title().isEmpty() ? key : key + " (" + p.title() + ")";
    }
}
