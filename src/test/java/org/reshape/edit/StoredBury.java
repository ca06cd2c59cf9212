package org.reshape.edit;

import java.util.UUID;
import org.reshape.domain.Model;
import org.reshape.io.Samples;
import org.reshape.store.ModelStore;

/// The Bury sample saved in a fresh in-memory H2 database, with a history and edits
/// over it as the window or the command line has them; `shown` is what they would show.
final class StoredBury implements AutoCloseable {
    static final String MODEL = "bury-cyp-2024";
    final ModelStore store = ModelStore.inMemory("edit-" + UUID.randomUUID());
    Model shown = Samples.load(MODEL);
    final History history;
    final Edits edits;

    StoredBury() {
        store.saveModel(shown);
        history = new History(store, () -> shown, (m, t) -> shown = m);
        edits = new Edits(history);
    }

    Model stored() {
        return store.loadModel(MODEL).orElseThrow();
    }

    @Override
    public void close() {
        store.close();
    }
}
