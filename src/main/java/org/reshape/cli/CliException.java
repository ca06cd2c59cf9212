package org.reshape.cli;

/// A user's mistake on the command line, said in one line.
final class CliException extends RuntimeException {
    CliException(String message) {
        super(message);
    }
}
