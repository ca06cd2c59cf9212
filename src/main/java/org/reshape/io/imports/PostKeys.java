package org.reshape.io.imports;

import java.util.HashSet;
import java.util.Set;

/// Hands out post keys unique within one scenario: the key asked for, or, when
/// it is taken, the key with `#2`, `#3`… after it, in the order asked. Stable:
/// the same file gives the same keys every time it is imported.
public final class PostKeys {
    /// Keys are stored in columns of 200 characters.
    public static final int MAX_LENGTH = 200;

    private final Set<String> used = new HashSet<>();

    /// Whether the key was handed out already.
    public boolean taken(String key) {
        return used.contains(key);
    }

    public String claim(String wanted) {
        String base = wanted.length() > MAX_LENGTH - 8 ? wanted.substring(0, MAX_LENGTH - 8) : wanted;
        String key = base;
        for (int n = 2; !used.add(key); n++) {
            key = base + "#" + n;
        }
        return key;
    }
}
