package org.reshape.store;

import java.nio.file.Path;

/// The database file is already open in another Reshape window or process.
/// H2 holds a lock on the file while it is open, so a second instance is
/// refused here rather than allowed to corrupt it.
public class StoreLockedException extends StoreException {
    private final Path file;

    public StoreLockedException(Path file, Throwable cause) {
        super("The Reshape database " + file + " is already open in another Reshape window or process. "
                + "Close it there, or start with --db to use another file.", cause);
        this.file = file;
    }

    /// The locked file (`….mv.db`).
    public Path file() {
        return file;
    }
}
