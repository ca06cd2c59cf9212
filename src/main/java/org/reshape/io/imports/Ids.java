package org.reshape.io.imports;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;

/// Stable, readable ids made from names: "Policy & International" → `policy-international`.
public final class Ids {
    private Ids() {
    }

    /// Lower-case ASCII letters and digits joined by single dashes, at most `max` characters.
    public static String slug(String name, int max) {
        String ascii = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        StringBuilder b = new StringBuilder();
        boolean dash = false;
        for (char c : ascii.toLowerCase(Locale.ROOT).toCharArray()) {
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                if (dash && !b.isEmpty()) {
                    b.append('-');
                }
                b.append(c);
                dash = false;
            } else {
                dash = true;
            }
            if (b.length() >= max) {
                break;
            }
        }
        String s = b.length() > max ? b.substring(0, max) : b.toString();
        while (s.endsWith("-")) {
            s = s.substring(0, s.length() - 1);
        }
        return s.isEmpty() ? "x" : s;
    }

    /// `base`, or `base-2`, `base-3`… whichever is not in `taken`; adds it to `taken`.
    public static String unique(String base, Set<String> taken) {
        String id = base;
        for (int n = 2; !taken.add(id); n++) {
            id = base + "-" + n;
        }
        return id;
    }
}
