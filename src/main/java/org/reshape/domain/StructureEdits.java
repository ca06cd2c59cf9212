package org.reshape.domain;

import java.math.BigDecimal;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/// The structural edits an HR partner makes to a scenario, as pure functions
/// that return the posts to put (changed or new) and the keys to remove. The
/// window turns each into an undoable command; nothing here knows about it.
public final class StructureEdits {
    private StructureEdits() {
    }

    /// The posts to write and the keys to delete for one edit.
    ///
    /// @param put    new or changed posts, in the order they should be written
    /// @param remove keys of posts that go
    public record Delta(List<Post> put, List<String> remove) {
        public Delta {
            put = List.copyOf(put);
            remove = List.copyOf(remove);
        }

        public Scenario applyTo(Scenario s) {
            return s.withChanges(put, remove);
        }
    }

    /// Why a post cannot report to another, or empty when it can.
    public static Optional<String> whyNotReportTo(Scenario s, String key, String newManager) {
        Post p = s.post(key);
        Post m = s.post(newManager);
        if (p == null || m == null) {
            return Optional.of("that post is not in " + s.name());
        }
        if (key.equals(newManager)) {
            return Optional.of("a post cannot report to itself");
        }
        if (ModelValidator.wouldCycle(s, key, newManager)) {
            return Optional.of(m.title() + " reports, directly or through others, to " + p.title()
                    + ", so " + p.title() + " cannot report to it");
        }
        return Optional.empty();
    }

    /// Makes `key` report to `newManager`.
    ///
    /// @param joinDivision the post, and those below it in its old division, join the new manager's division
    /// @param alone        the post moves without its reports, who go up to its old manager
    public static Delta moveUnder(Scenario s, String key, String newManager, boolean joinDivision, boolean alone) {
        whyNotReportTo(s, key, newManager).ifPresent(why -> {
            throw new IllegalArgumentException(why);
        });
        Post p = s.post(key);
        Post manager = s.post(newManager);
        List<Post> put = new ArrayList<>();
        String division = joinDivision ? manager.divisionId() : p.divisionId();
        put.add(p.withManager(newManager).withDivision(division));
        if (alone) {
            for (Post r : s.reportsOf(key)) {
                put.add(r.withManager(p.managerKey()));
            }
        } else if (joinDivision && !division.equals(p.divisionId())) {
            for (Post d : descendants(s, key)) {
                if (d.divisionId().equals(p.divisionId())) {
                    put.add(d.withDivision(division));
                }
            }
        }
        return new Delta(put, List.of());
    }

    /// Moves a post, and those below it in the same division, to another division; reporting lines stay.
    public static Delta moveToDivision(Scenario s, String key, String divisionId) {
        Post p = s.post(key);
        List<Post> put = new ArrayList<>();
        put.add(p.withDivision(divisionId));
        for (Post d : descendants(s, key)) {
            if (d.divisionId().equals(p.divisionId())) {
                put.add(d.withDivision(divisionId));
            }
        }
        return new Delta(put, List.of());
    }

    /// Disestablishes a post; its reports go to `reportsGoTo` (its own manager when empty).
    public static Delta disestablish(Scenario s, String key, String reportsGoTo) {
        Post p = s.post(key);
        String to = reportsGoTo == null || reportsGoTo.isEmpty() ? p.managerKey() : reportsGoTo;
        if (!to.isEmpty() && ModelValidator.wouldCycle(s, key, to)) {
            throw new IllegalArgumentException("the reports of " + p.title() + " cannot go to a post below it");
        }
        List<Post> put = new ArrayList<>();
        for (Post r : s.reportsOf(key)) {
            put.add(r.withManager(to));
        }
        return new Delta(put, List.of(key));
    }

    /// A new vacant post reporting to `managerKey`, in its division, on its grade unless told otherwise.
    public static Delta addUnder(Scenario s, String managerKey, String newKey, String title, String gradeId) {
        Post m = s.post(managerKey);
        Post p = new Post(newKey, title, m == null ? "" : m.divisionId(), managerKey, gradeId, BigDecimal.ONE, 1,
                Occupancy.VACANT, "", null, "", null, List.of(), List.of(), Provenance.NONE, "");
        return new Delta(List.of(p), List.of());
    }

    /// Merges two posts into a new one that `replaces` both: it reports to the
    /// first post's manager, takes the first's division and grade, and the
    /// reports of both report to it.
    public static Delta merge(Scenario s, String first, String second, String newKey, String title) {
        Post a = s.post(first);
        Post b = s.post(second);
        if (a == null || b == null || first.equals(second)) {
            throw new IllegalArgumentException("choose two different posts to merge");
        }
        String manager = a.managerKey();
        if (manager.equals(second)) {
            manager = b.managerKey();
        }
        Post merged = new Post(newKey, title, a.divisionId(), manager, a.gradeId(), BigDecimal.ONE, 1, Occupancy.VACANT, "",
                null, joined(a.responsibilities(), b.responsibilities()), null, List.of(first, second), List.of(), Provenance.NONE, "");
        List<Post> put = new ArrayList<>();
        put.add(merged);
        for (String old : List.of(first, second)) {
            for (Post r : s.reportsOf(old)) {
                if (!r.key().equals(first) && !r.key().equals(second)) {
                    put.add(r.withManager(newKey));
                }
            }
        }
        return new Delta(put, List.of(first, second));
    }

    /// Every post below `key`, nearest first.
    public static List<Post> descendants(Scenario s, String key) {
        List<Post> out = new ArrayList<>();
        Deque<String> queue = new ArrayDeque<>(List.of(key));
        while (!queue.isEmpty()) {
            for (Post r : s.reportsTo(queue.poll())) {
                out.add(r);
                queue.add(r.key());
            }
        }
        return out;
    }

    /// A key not yet used in any scenario of the model: "N1", "N2", …
    public static String freshKey(Model model, String prefix) {
        Map<String, Boolean> used = new java.util.HashMap<>();
        model.scenarios().forEach(sc -> sc.posts().forEach(p -> used.put(p.key(), true)));
        int i = 1;
        while (used.containsKey(prefix + i)) {
            i++;
        }
        return prefix + i;
    }

    private static String joined(String a, String b) {
        if (a.isBlank()) {
            return b;
        }
        return b.isBlank() ? a : a + "; " + b;
    }
}
