package org.reshape.store;

/// A store operation failed. The message says what failed and in which
/// database file, in words a user can act on. It never carries a jOOQ type: the
/// cause, when there is one, is the [java.sql.SQLException] or [java.io.IOException]
/// underneath, or the domain's [IllegalArgumentException] for stored data it refused.
public class StoreException extends RuntimeException {

    public StoreException(String message) {
        super(message);
    }

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
