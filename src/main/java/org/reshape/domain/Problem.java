package org.reshape.domain;

/// One thing wrong with a model, precise enough to find and fix.
///
/// @param where   e.g. "scenario 'Proposed structure', post P12 (Head of Service (Early Help))"
/// @param message e.g. "FTE must be more than 0, not -1"
public record Problem(String where, String message) {
    @Override
    public String toString() {
        return where.isEmpty() ? message : where + ": " + message;
    }
}
