package org.reshape.domain;

import java.util.Set;

/// Where a value came from. Every post and grade in a model that came from a
/// document says so ("Cabinet report §5.3.4"); a reconstructed value says it is
/// assumed, which fields, and why. The UI and the reports show assumed values as such.
///
/// @param source     the document and section, or empty
/// @param assumption why the assumed fields were assumed, or empty when nothing is
/// @param assumed    the fields that are assumed rather than read in a source
public record Provenance(String source, String assumption, Set<PostField> assumed) {

    public static final Provenance NONE = new Provenance("", "", Set.of());

    public Provenance {
        source = source == null ? "" : source;
        assumption = assumption == null ? "" : assumption;
        assumed = assumed == null ? Set.of() : Set.copyOf(assumed);
    }

    public static Provenance of(String source) {
        return new Provenance(source, "", Set.of());
    }

    public boolean isAssumed(PostField field) {
        return assumed.contains(field);
    }

    public boolean anyAssumed() {
        return !assumed.isEmpty() || !assumption.isBlank();
    }

    /// "Cabinet report §5.2.2; assumed grade: not stated in the report".
    public String describe() {
        StringBuilder b = new StringBuilder(source);
        if (anyAssumed()) {
            if (!b.isEmpty()) {
                b.append("; ");
            }
            b.append("assumed");
            if (!assumed.isEmpty()) {
                b.append(' ').append(String.join(", ", assumed.stream().sorted().map(PostField::label).toList()));
            }
            if (!assumption.isBlank()) {
                b.append(": ").append(assumption);
            }
        }
        return b.toString();
    }
}
