package org.reshape.store;

import java.time.Instant;

/// One stored model as a chooser lists it, without loading its scenarios.
///
/// @param updated when the model was last saved, whole or by one change
public record ModelSummary(String id, String name, Instant updated) {
}
