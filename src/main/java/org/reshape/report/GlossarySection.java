package org.reshape.report;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/// The abbreviations a document uses, from the model's glossary: only the terms
/// that appear in the document's own text, each as a whole word.
final class GlossarySection {
    private GlossarySection() {
    }

    /// The entries of `glossary` whose term occurs in `text` as a whole word (case as written).
    static Map<String, String> used(Map<String, String> glossary, String text) {
        Map<String, String> out = new LinkedHashMap<>();
        glossary.forEach((term, meaning) -> {
            if (!term.isBlank() && Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(term.strip()) + "(?![\\p{L}\\p{N}])")
                    .matcher(text).find()) {
                out.put(term, meaning);
            }
        });
        return out;
    }

    static void write(Prose f, Map<String, String> entries) {
        if (entries.isEmpty()) {
            return;
        }
        f.heading("Glossary", 1);
        Table t = new Table().left("Term", 1).left("Meaning", 5);
        entries.forEach(t::row);
        f.table(t);
    }
}
