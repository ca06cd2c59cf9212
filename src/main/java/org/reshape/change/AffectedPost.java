package org.reshape.change;

import java.util.Set;
import org.reshape.domain.Post;

/// A post whose holder(s) are affected by the proposal, for the consultation list.
///
/// @param people  how many individuals hold it (a team block's headcount)
/// @param reasons the changes that affect them
/// @param atRisk  the post is disestablished and its holder is not mapped to a post in the proposal
public record AffectedPost(Post before, int people, Set<ChangeKind> reasons, boolean atRisk) {
    public String key() {
        return before.key();
    }
}
