package org.reshape.domain;

/// A match the user has confirmed: in proposal `scenarioId`, the person goes
/// to post `postKey`. A confirmed match is what makes a person "mapped", and
/// so not at risk.
public record Match(String scenarioId, String personId, String postKey, MatchKind kind) {
    public Match {
        Checks.require(scenarioId, "match's scenario");
        Checks.require(personId, "match's person");
        Checks.require(postKey, "match's post");
        kind = kind == null ? MatchKind.SLOT_IN : kind;
    }
}
