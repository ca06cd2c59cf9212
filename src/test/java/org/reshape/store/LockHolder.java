package org.reshape.store;

import java.nio.file.Files;
import java.nio.file.Path;

/// Run in a second JVM by [ModelStoreFileTest]: opens the database named by
/// the first argument, creates the file named by the second to say so, and
/// holds the database open until its standard input is closed.
public final class LockHolder {
    private LockHolder() {
    }

    public static void main(String[] args) throws Exception {
        try (ModelStore store = ModelStore.open(Path.of(args[0]))) {
            Files.createFile(Path.of(args[1]));
            while (System.in.read() >= 0) {
                // wait for the test to close our stdin
            }
        }
    }
}
