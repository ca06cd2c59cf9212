package org.reshape.io.establishment;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.reshape.io.imports.Headers;

/// Which column of an establishment list feeds which field of a post, by the
/// column's header (so the mapping still fits when columns move), and how grades
/// the target model does not have are treated.
///
/// The import dialog starts from [#guess(List)], lets the user change it, and
/// remembers it with [#toText()] / [#parse(String)] (a `.properties` text:
/// `column.post_number=Post No`, `createGrades=true`, …).
///
/// @param columns      field → header of the column that feeds it
/// @param createGrades add a grade the model lacks, as a band of `gradeFamily` whose range
///                     is the row's pay min and max (which must then be mapped); when
///                     false such a grade is an error
/// @param gradeFamily  the pay scale family created grades go in
/// @param sheet        for a spreadsheet, the sheet to read; empty for the first
public record ColumnMapping(Map<EstablishmentField, String> columns, boolean createGrades, String gradeFamily, String sheet) {
    public static final String DEFAULT_FAMILY = "Imported pay bands";

    public ColumnMapping {
        EnumMap<EstablishmentField, String> copy = new EnumMap<>(EstablishmentField.class);
        if (columns != null) {
            columns.forEach((f, h) -> {
                if (f != null && h != null && !h.isBlank()) {
                    copy.put(f, h.strip());
                }
            });
        }
        columns = Collections.unmodifiableMap(copy);
        gradeFamily = gradeFamily == null || gradeFamily.isBlank() ? DEFAULT_FAMILY : gradeFamily.strip();
        sheet = sheet == null ? "" : sheet.strip();
    }

    public static ColumnMapping of(Map<EstablishmentField, String> columns) {
        return new ColumnMapping(columns, false, DEFAULT_FAMILY, "");
    }

    /// A mapping from the headers' names: each field takes the first unclaimed
    /// column whose header is one of the field's [EstablishmentField#synonyms()],
    /// fields in declaration order, exact names before looser ones.
    public static ColumnMapping guess(List<String> headers) {
        Headers h = new Headers(headers);
        Map<EstablishmentField, String> found = new EnumMap<>(EstablishmentField.class);
        Set<Integer> claimed = new HashSet<>();
        for (EstablishmentField f : EstablishmentField.values()) {
            for (String synonym : f.synonyms()) {
                int i = firstUnclaimed(h, synonym, claimed);
                if (i >= 0) {
                    found.put(f, h.name(i));
                    claimed.add(i);
                    break;
                }
            }
        }
        return of(found);
    }

    private static int firstUnclaimed(Headers h, String synonym, Set<Integer> claimed) {
        String n = Headers.normalise(synonym);
        for (int i = 0; i < h.size(); i++) {
            if (!claimed.contains(i) && !h.name(i).isEmpty() && Headers.normalise(h.name(i)).equals(n)) {
                return i;
            }
        }
        return -1;
    }

    public Optional<String> column(EstablishmentField field) {
        return Optional.ofNullable(columns.get(field));
    }

    public boolean has(EstablishmentField field) {
        return columns.containsKey(field);
    }

    public ColumnMapping with(EstablishmentField field, String header) {
        EnumMap<EstablishmentField, String> m = new EnumMap<>(EstablishmentField.class);
        m.putAll(columns);
        if (header == null || header.isBlank()) {
            m.remove(field);
        } else {
            m.put(field, header);
        }
        return new ColumnMapping(m, createGrades, gradeFamily, sheet);
    }

    public ColumnMapping withCreateGrades(boolean create, String family) {
        return new ColumnMapping(columns, create, family, sheet);
    }

    public ColumnMapping withSheet(String sheetName) {
        return new ColumnMapping(columns, createGrades, gradeFamily, sheetName);
    }

    /// What is wrong with the mapping itself, before any row is read: a required
    /// field not mapped, or grade creation without both pay columns.
    public List<String> problems() {
        List<String> out = new ArrayList<>();
        for (EstablishmentField f : EstablishmentField.values()) {
            if (f.required() && !has(f)) {
                out.add("no column is mapped to " + f.label() + ", which every post needs");
            }
        }
        if (createGrades && (!has(EstablishmentField.PAY_MIN) || !has(EstablishmentField.PAY_MAX))) {
            out.add("creating grades needs the Pay min and Pay max columns mapped");
        }
        return out;
    }

    /// The mapping as `.properties` text, one line per setting, sorted, no date comment: the same mapping always gives the same text.
    public String toText() {
        StringBuilder b = new StringBuilder("# Reshape column mapping for establishment imports\n");
        for (var e : new TreeSet<>(columns.keySet())) {
            b.append("column.").append(e.key()).append('=').append(escape(columns.get(e))).append('\n');
        }
        b.append("createGrades=").append(createGrades).append('\n');
        b.append("gradeFamily=").append(escape(gradeFamily)).append('\n');
        if (!sheet.isEmpty()) {
            b.append("sheet=").append(escape(sheet)).append('\n');
        }
        return b.toString();
    }

    /// Reads [#toText()] back (or any `.properties` text with the same keys).
    ///
    /// @throws IllegalArgumentException naming the key that is not understood
    public static ColumnMapping parse(String text) {
        Properties p = new Properties();
        try {
            p.load(new StringReader(text));
        } catch (IOException | IllegalArgumentException e) {
            throw new IllegalArgumentException("the mapping is not a properties text: " + e.getMessage(), e);
        }
        return fromProperties(p);
    }

    public static ColumnMapping fromProperties(Properties p) {
        Map<EstablishmentField, String> columns = new EnumMap<>(EstablishmentField.class);
        boolean create = false;
        String family = DEFAULT_FAMILY;
        String sheet = "";
        for (String key : new TreeSet<>(p.stringPropertyNames())) {
            String value = p.getProperty(key);
            if (key.startsWith("column.")) {
                columns.put(EstablishmentField.fromKey(key.substring("column.".length())), value);
            } else if (key.equals("createGrades")) {
                if (!value.strip().equalsIgnoreCase("true") && !value.strip().equalsIgnoreCase("false")) {
                    throw new IllegalArgumentException("createGrades must be true or false, not '" + value + "'");
                }
                create = Boolean.parseBoolean(value.strip());
            } else if (key.equals("gradeFamily")) {
                family = value;
            } else if (key.equals("sheet")) {
                sheet = value;
            } else {
                throw new IllegalArgumentException("'" + key + "' is not a mapping setting; use column.<field>, createGrades, gradeFamily or sheet");
            }
        }
        return new ColumnMapping(columns, create, family, sheet);
    }

    /// "Post number ← 'Post No'", one per mapped field, for a summary of what the mapping reads.
    public List<String> describe() {
        List<String> out = new ArrayList<>();
        columns.forEach((f, h) -> out.add(f.label() + " ← '" + h + "'"));
        return out;
    }

    public Properties toProperties() {
        Properties p = new Properties();
        columns.forEach((f, h) -> p.setProperty("column." + f.key(), h));
        p.setProperty("createGrades", Boolean.toString(createGrades));
        p.setProperty("gradeFamily", gradeFamily);
        if (!sheet.isEmpty()) {
            p.setProperty("sheet", sheet);
        }
        return p;
    }

    private static String escape(String v) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            switch (c) {
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                case '=', ':', '#', '!' -> b.append('\\').append(c);
                case ' ' -> b.append(i == 0 ? "\\ " : " ");
                default -> b.append(c);
            }
        }
        return b.toString();
    }
}
