package org.reshape.change;

import java.util.List;
import java.util.Optional;

/// The classified differences between a base scenario and a proposal.
///
/// @param changes   every post key that changed, base order first, then new posts in proposal order
/// @param unchanged how many post keys are unchanged
/// @param affected  posts whose holders are affected (the consultation group)
public record ChangeList(List<PostChange> changes, int unchanged, List<AffectedPost> affected) {

    public ChangeList {
        changes = List.copyOf(changes);
        affected = List.copyOf(affected);
    }

    public List<AffectedPost> atRisk() {
        return affected.stream().filter(AffectedPost::atRisk).toList();
    }

    public int individualsAffected() {
        return affected.stream().mapToInt(AffectedPost::people).sum();
    }

    public int individualsAtRisk() {
        return atRisk().stream().mapToInt(AffectedPost::people).sum();
    }

    public Optional<PostChange> change(String key) {
        return changes.stream().filter(c -> c.key().equals(key)).findFirst();
    }

    public long count(ChangeKind kind) {
        return changes.stream().filter(c -> c.is(kind)).count();
    }
}
