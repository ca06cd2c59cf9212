package org.reshape.store;

/// The database file is encrypted, and no password, or the wrong one, was given.
public class StorePasswordException extends StoreException {
    public StorePasswordException(String message, Throwable cause) {
        super(message, cause);
    }
}
