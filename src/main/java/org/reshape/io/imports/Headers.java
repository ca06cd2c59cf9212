package org.reshape.io.imports;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/// The header row of a file, matched by meaning rather than spelling:
/// "Grade (or equivalent)", "GRADE" and "Grade" are the same column, and so are
/// "Actual Pay Floor (£)" and "Actual pay floor". Unnamed columns (a leading
/// index column written by pandas, a blank spacer) are never matched.
public final class Headers {
    private final List<String> names;
    private final List<String> normalised;

    public Headers(List<String> cells) {
        names = new ArrayList<>(cells.size());
        normalised = new ArrayList<>(cells.size());
        for (String c : cells) {
            // Unnamed columns keep their place so indexes match the records' cells.
            String name = Cells.text(c);
            names.add(name);
            normalised.add(normalise(name));
        }
    }

    /// "Actual Pay Floor (£)" → "actual pay floor"; "Grade (or equivalent)" → "grade";
    /// "Job/Team Function" → "job team function".
    public static String normalise(String header) {
        String h = Cells.text(header).toLowerCase(Locale.ROOT)
                .replace("(or equivalent)", " ").replace("or equivalent", " ")
                .replace("£", " ").replace("(gbp)", " ").replace("&", " and ");
        StringBuilder b = new StringBuilder(h.length());
        boolean space = false;
        for (int i = 0; i < h.length(); i++) {
            char c = h.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                if (space && !b.isEmpty()) {
                    b.append(' ');
                }
                b.append(c);
                space = false;
            } else {
                space = true;
            }
        }
        return b.toString();
    }

    /// The first column whose header means one of `names`, or -1.
    public int find(String... candidates) {
        for (String candidate : candidates) {
            String n = normalise(candidate);
            for (int i = 0; i < normalised.size(); i++) {
                if (!n.isEmpty() && normalised.get(i).equals(n)) {
                    return i;
                }
            }
        }
        return -1;
    }

    /// The column with exactly this header, or else the one that means the same; -1 if none.
    public int column(String header) {
        int exact = names.indexOf(Cells.text(header));
        return exact >= 0 ? exact : find(header);
    }

    /// The header of column `index` as the file spells it (trimmed).
    public String name(int index) {
        return index >= 0 && index < names.size() ? names.get(index) : "";
    }

    public List<String> names() {
        return List.copyOf(names);
    }

    public int size() {
        return names.size();
    }

    /// "Post Unique Reference, Name, Grade…" for messages; unnamed columns left out.
    public String describe() {
        return String.join(", ", names.stream().filter(n -> !n.isEmpty()).map(n -> "'" + n + "'").toList());
    }
}
