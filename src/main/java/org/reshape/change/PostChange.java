package org.reshape.change;

import java.util.Set;
import java.util.stream.Collectors;
import org.reshape.domain.Post;

/// What happened to one post key between base and proposal.
///
/// @param before    the post in the base, or null when it is new
/// @param after     the post in the proposal, or null when it is disestablished
/// @param direction for a regrade, up, down or sideways; otherwise null
public record PostChange(String key, Post before, Post after, Set<ChangeKind> kinds, Direction direction) {

    public PostChange {
        kinds = kinds.isEmpty() ? Set.of() : java.util.Collections.unmodifiableSet(java.util.EnumSet.copyOf(kinds));
    }

    public boolean isUnchanged() {
        return kinds.isEmpty();
    }

    public boolean is(ChangeKind kind) {
        return kinds.contains(kind);
    }

    /// The post as it stands in the proposal, or as it stood in the base when disestablished.
    public Post post() {
        return after != null ? after : before;
    }

    public String title() {
        return post().title();
    }

    /// "regraded up, retitled" — the kinds in a fixed order, for lists and tables.
    public String describeKinds() {
        if (kinds.isEmpty()) {
            return "unchanged";
        }
        return kinds.stream().map(k -> k == ChangeKind.REGRADED && direction != null ? "regraded " + direction.label() : k.label())
                .collect(Collectors.joining(", "));
    }
}
