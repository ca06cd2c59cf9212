package org.reshape.domain;

/// The user's judgement of how much of the duties of base post `fromKey` the
/// proposal's post `toKey` carries, in whole per cent; the slot-in rule reads it.
public record DutyShare(String scenarioId, String fromKey, String toKey, int percent) {
    public DutyShare {
        Checks.require(scenarioId, "duty share's scenario");
        Checks.require(fromKey, "duty share's current post");
        Checks.require(toKey, "duty share's proposed post");
    }
}
