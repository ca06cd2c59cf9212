package org.reshape.ui.app;

import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.reshape.store.DataDirectory;
import org.reshape.store.ModelStore;
import org.reshape.store.StoreException;

/// Opens the database (H2, Flyway's migrations, the first query) on a thread of
/// its own while JavaFX starts, so that the two take as long as the slower of
/// them, not both. The window takes the store when it needs it.
final class StoreOpening {
    private static CompletableFuture<Opened> started;

    /// The database a start opens, and the store, or null when it left it to the window.
    record Opened(Path db, ModelStore store) {
    }

    private StoreOpening() {
    }

    /// Starts opening the database the arguments name, when it exists and is not encrypted; a bad
    /// argument, or a failure to open, is left for the window to meet again and report.
    static synchronized void begin(String[] args) {
        started = CompletableFuture.supplyAsync(() -> {
            Path db = null;
            try {
                db = DataDirectory.resolveDb(StartArgs.parse(java.util.List.of(args)).db());
                // a new or encrypted database is left to the window: it asks for a password
                return ModelStore.exists(db) && !ModelStore.isEncrypted(db) ? new Opened(db, ModelStore.open(db))
                        : new Opened(db, null);
            } catch (StoreException | IllegalArgumentException e) {
                return new Opened(db, null);
            }
        }, runnable -> {
            Thread t = new Thread(runnable, "open-store");
            t.setDaemon(true);
            t.start();
        });
    }

    /// The store opened for `db`, waiting for it if need be; opened now when no start opened it.
    ///
    /// @throws StoreException as [ModelStore#open(Path)]
    static synchronized ModelStore take(Path db) {
        CompletableFuture<Opened> f = started;
        started = null;
        if (f != null) {
            try {
                Opened o = f.join();
                if (db.equals(o.db()) && o.store() != null) {
                    return o.store();
                }
                if (o.store() != null) {
                    o.store().close();
                }
            } catch (CompletionException e) {
                // opened nothing: open it here, where the error reaches the user
            }
        }
        return ModelStore.open(db);
    }
}
