package org.reshape.metrics;

/// Something about a structure's design worth a second look.
///
/// @param key     the post it is about, or empty for the whole structure or a division
/// @param message what and why, with the figures: "span 1 (under 3): Head of Service (CASS & Leaving Care)"
public record Flag(Kind kind, String key, String message) {

    public enum Kind {
        UNDER_SPAN("under span"),
        OVER_SPAN("over span"),
        TOO_MANY_LAYERS("too many layers"),
        GRADE_RELATIVITY("grade relativity");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }
}
