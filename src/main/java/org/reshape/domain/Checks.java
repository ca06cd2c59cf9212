package org.reshape.domain;

final class Checks {
    private Checks() {
    }

    static String require(String value, String what) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(what + " is missing");
        }
        return value;
    }

    static String orEmpty(String value) {
        return value == null ? "" : value;
    }
}
