package org.reshape.cli;

import java.io.Console;
import java.nio.file.Path;
import org.reshape.store.ModelStore;
import org.reshape.store.StoreException;

/// Opens a `--db` database for a command, asking for the password of an encrypted one: at the terminal, or
/// from `RESHAPE_DB_PASSWORD` when there is no terminal (a script).
final class Databases {
    static final String PASSWORD_VARIABLE = "RESHAPE_DB_PASSWORD";

    private Databases() {
    }

    static ModelStore open(Path db) {
        try {
            if (!ModelStore.isEncrypted(db)) {
                return ModelStore.open(db);
            }
            String fromEnvironment = System.getenv(PASSWORD_VARIABLE);
            Console console = System.console();
            char[] password = fromEnvironment != null ? fromEnvironment.toCharArray()
                    : console != null ? console.readPassword("Password for %s: ", db) : null;
            if (password == null || password.length == 0) {
                throw new CliException(db + " is encrypted: run the command in a terminal to be asked its password, or set "
                        + PASSWORD_VARIABLE);
            }
            try {
                return ModelStore.open(db, password);
            } finally {
                java.util.Arrays.fill(password, '\0');
            }
        } catch (StoreException e) {
            throw new CliException(e.getMessage());
        }
    }
}
