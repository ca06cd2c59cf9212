package org.reshape.report;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/// A post's portfolio text ("Family Help; MASH") read as a list of duties, so a
/// change can be said as what the post gains and loses.
final class Remit {
    private Remit() {
    }

    static List<String> items(String text) {
        return Arrays.stream(text.split(";")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    /// "take on responsibility for MASH and will no longer be responsible for X", to follow "It will".
    static String change(String before, String after) {
        List<String> b = items(before);
        List<String> a = items(after);
        Set<String> bKeys = b.stream().map(Remit::key).collect(Collectors.toSet());
        Set<String> aKeys = a.stream().map(Remit::key).collect(Collectors.toSet());
        List<String> gained = a.stream().filter(x -> !bKeys.contains(key(x))).toList();
        List<String> lost = b.stream().filter(x -> !aKeys.contains(key(x))).toList();
        boolean overlap = gained.size() < a.size();
        if (!overlap && !a.isEmpty() && !b.isEmpty()) {
            return "will be responsible for " + Words.and(a) + " (currently " + Words.and(b) + ")";
        }
        List<String> parts = new ArrayList<>();
        if (!gained.isEmpty()) {
            parts.add("take on responsibility for " + Words.and(gained));
        }
        if (!lost.isEmpty()) {
            parts.add("no longer be responsible for " + Words.and(lost));
        }
        return "will " + String.join(" and will ", parts);
    }

    private static String key(String item) {
        return item.toLowerCase(Locale.UK).replaceAll("\\s+", " ");
    }
}
