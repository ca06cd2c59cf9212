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

    /// The database a start opens, and the store or why it could not be opened.
    record Opened(Path db, ModelStore store, RuntimeException failure) {
    }

    private StoreOpening() {
    }

    /// Starts opening the database the arguments name; a bad argument is left for the window to report.
    static synchronized void begin(String[] args) {
        started = CompletableFuture.supplyAsync(() -> {
            Path db = null;
            try {
                db = DataDirectory.resolveDb(StartArgs.parse(java.util.List.of(args)).db());
                return new Opened(db, ModelStore.open(db), null);
            } catch (StoreException | IllegalArgumentException e) {
                return new Opened(db, null, e);
            }
        }, runnable -> {
            Thread t = new Thread(runnable, "open-store");
            t.setDaemon(true);
            t.start();
        });
    }

    /// The store opened for `db`, waiting for it if need be; opened now when no start began it.
    ///
    /// @throws StoreException as [ModelStore#open(Path)]
    static synchronized ModelStore take(Path db) {
        CompletableFuture<Opened> f = started;
        started = null;
        if (f != null) {
            try {
                Opened o = f.join();
                if (db.equals(o.db())) {
                    if (o.failure() != null) {
                        throw o.failure();
                    }
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
