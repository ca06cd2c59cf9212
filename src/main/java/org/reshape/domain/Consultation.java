package org.reshape.domain;

import java.time.LocalDate;

/// A proposal's consultation plan.
///
/// @param start              the date consultation starts, or null when not planned yet
/// @param otherRedundancies  other proposed redundancies at the same establishment within the same 90 days,
///                           which count towards the collective consultation threshold
/// @param policyMinimumDays  the council's own minimum consultation period (Bury: 30 days, report §6.2)
public record Consultation(String scenarioId, LocalDate start, int otherRedundancies, int policyMinimumDays) {
    public Consultation {
        Checks.require(scenarioId, "consultation's scenario");
    }
}
