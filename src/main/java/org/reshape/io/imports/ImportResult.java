package org.reshape.io.imports;

import java.util.Optional;

/// The outcome of an import: the imported thing, or nothing, and the report
/// that says why. Never half of something: when [#value()] is empty nothing was
/// made, and the report's errors say what to fix.
public record ImportResult<T>(Optional<T> value, ImportReport report) {

    public ImportResult {
        value = value == null ? Optional.empty() : value;
        if (report == null) {
            throw new IllegalArgumentException("an import result needs its report");
        }
    }

    public boolean imported() {
        return value.isPresent();
    }

    /// The same outcome with the value transformed, the report kept.
    public <U> ImportResult<U> map(java.util.function.Function<T, U> f) {
        return new ImportResult<>(value.map(f), report);
    }
}
