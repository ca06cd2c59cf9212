package org.reshape.change;

import java.util.Set;
import org.reshape.domain.Person;

/// An employee whose post the proposal affects; the consultation group is these people.
///
/// @param postKey the post of the current structure they hold
/// @param atRisk  their post is disestablished and no confirmed match (or `mappedFrom`) maps them to a post of the proposal
public record AffectedPerson(Person person, String postKey, Set<ChangeKind> reasons, boolean atRisk) {
}
