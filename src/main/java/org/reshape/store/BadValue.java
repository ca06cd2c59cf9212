package org.reshape.store;

/// A value the schema cannot hold exactly, or a stored value the domain does not
/// know. Thrown by [Rows], which knows the value but not which file or which
/// operation; [ModelStore] turns it into a [StoreException] that says both.
final class BadValue extends RuntimeException {
    BadValue(String message) {
        super(message, null, false, false);
    }
}
