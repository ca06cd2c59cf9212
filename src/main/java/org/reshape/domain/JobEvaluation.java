package org.reshape.domain;

import java.time.LocalDate;

/// How a new or regraded post was evaluated: the scheme (Hay, GLPC, NJC
/// JES …), its score or the panel's outcome ("evaluated at Chief Officer Band
/// F"), and the date.
///
/// @param outcome the score or panel outcome, as the evaluation gives it
/// @param date    when it was evaluated, or null if not known
public record JobEvaluation(String scheme, String outcome, LocalDate date) {

    public JobEvaluation {
        scheme = Checks.orEmpty(scheme).strip();
        outcome = Checks.orEmpty(outcome).strip();
    }

    /// "GLPC, evaluated at Chief Officer Band F, 4 December 2023".
    public String describe() {
        StringBuilder b = new StringBuilder(scheme.isEmpty() ? "evaluation" : scheme);
        if (!outcome.isEmpty()) {
            b.append(", ").append(outcome);
        }
        if (date != null) {
            b.append(", ").append(date.format(java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy", java.util.Locale.UK)));
        }
        return b.toString();
    }
}
