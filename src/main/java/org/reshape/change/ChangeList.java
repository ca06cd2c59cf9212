package org.reshape.change;

import java.util.List;
import java.util.Optional;

/// The classified differences between a base scenario and a proposal.
///
/// @param changes   every post key that changed, base order first, then new posts in proposal order
/// @param unchanged how many post keys are unchanged
/// @param affected  posts whose holders are affected (the consultation group)
/// @param people    the named employees in those posts, where the model has people
public record ChangeList(List<PostChange> changes, int unchanged, List<AffectedPost> affected, List<AffectedPerson> people) {

    public ChangeList {
        changes = List.copyOf(changes);
        affected = List.copyOf(affected);
        people = people == null ? List.of() : List.copyOf(people);
    }

    public ChangeList(List<PostChange> changes, int unchanged, List<AffectedPost> affected) {
        this(changes, unchanged, affected, List.of());
    }

    public List<AffectedPost> atRisk() {
        return affected.stream().filter(AffectedPost::atRisk).toList();
    }

    /// Individuals, not posts: a job share is two people, a person in two affected posts is one,
    /// and a post without named holders counts its headcount.
    public int individualsAffected() {
        return count(false);
    }

    public int individualsAtRisk() {
        return count(true);
    }

    /// The affected people, each once (a person in two affected posts appears with the first).
    public List<AffectedPerson> individuals() {
        java.util.Map<String, AffectedPerson> once = new java.util.LinkedHashMap<>();
        for (AffectedPerson p : people) {
            once.merge(p.person().id(), p, (a, b) -> b.atRisk() && !a.atRisk() ? b : a);
        }
        return List.copyOf(once.values());
    }

    private int count(boolean atRiskOnly) {
        java.util.Set<String> named = new java.util.HashSet<>();
        for (AffectedPerson p : people) {
            if (!atRiskOnly || p.atRisk()) {
                named.add(p.person().id());
            }
        }
        java.util.Set<String> namedPosts = new java.util.HashSet<>();
        people.forEach(p -> namedPosts.add(p.postKey()));
        int unnamed = affected.stream().filter(a -> !namedPosts.contains(a.key()) && (!atRiskOnly || a.atRisk()))
                .mapToInt(AffectedPost::people).sum();
        return named.size() + unnamed;
    }

    public Optional<PostChange> change(String key) {
        return changes.stream().filter(c -> c.key().equals(key)).findFirst();
    }

    public long count(ChangeKind kind) {
        return changes.stream().filter(c -> c.is(kind)).count();
    }
}
