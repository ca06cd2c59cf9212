package org.reshape.io.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.reshape.domain.Model;
import org.reshape.domain.ModelValidator;
import org.reshape.domain.Scenario;
import org.reshape.io.Samples;
import org.reshape.io.establishment.ColumnMapping;
import org.reshape.io.establishment.EstablishmentExport;
import org.reshape.io.establishment.EstablishmentImport;
import org.reshape.io.imports.ImportOptions;
import org.reshape.io.imports.ImportProblem;
import org.reshape.io.imports.ImportResult;
import org.reshape.io.imports.ImportSource;
import org.reshape.io.imports.Progress;
import org.reshape.io.json.ModelFileException;
import org.reshape.io.json.ModelFiles;
import org.reshape.store.ModelStore;

/// Mutated copies of the Bury sample's model file and of its establishment CSV, as
/// a careless editor or a broken download makes them. Each is either refused with
/// a message in Reshape's words (no stack trace, no library class, a place named)
/// or accepted as a model that is valid and opens again — from its model file and
/// from the database — exactly as it was accepted.
class FuzzTest {
    private static final Model BURY = Samples.load("bury-cyp-2024");
    private static final String JSON = ModelFiles.toJson(BURY);
    private static final Scenario CURRENT = BURY.baseline();
    private static final String CSV = EstablishmentExport.write(BURY, CURRENT);
    /// Values that have broken readers before: wrong types, out of range, too precise, formulas, huge or deep.
    private static final String[] JSON_VALUES = {"-1", "-20000.00", "\"-20000.00\"", "0", "0.1234567891", "1e999", "null", "true",
        "\"\"", "\"x\"", "\"=HYPERLINK(\\\"http://x\\\")\"", "[]", "{}", "123456789012345678901234567890", "\"2024-02-30\"",
        "\"current\"", "\"proposed\"", "\"K0\"", "[".repeat(3000) + "]".repeat(3000), "\"" + "a".repeat(100_000) + "\""};
    private static final String[] CSV_VALUES = {"", "-1", "-20000", "0", "0.1234567891", "=1+1", "@SUM(A1)", "+44", "N/A", "abc",
        "1e9", "\"", "a,b", "Chief Officer Band Z", "P0", "EDCYP", "99999999999999999999"};

    @Property(tries = 200, seed = "20261202") // a fixed seed: the suite stays repeatable; change it to explore
    void aMutatedModelFile_isRefusedClearly_orOpensAgainAsAccepted(@ForAll long seed) {
        Random random = new Random(seed);
        String mutated = mutateJson(random, JSON);
        Model accepted;
        try {
            accepted = ModelFiles.fromJson(mutated);
        } catch (ModelFileException e) {
            assertClear(e.getMessage());
            return;
        } catch (RuntimeException e) {
            throw new AssertionError("a mutated model file escaped the boundary with " + e, e);
        }
        assertOpensAgain(accepted, "json-" + Long.toHexString(seed));
    }

    @Property(tries = 150, seed = "20261202")
    void aMutatedEstablishmentCsv_isRefusedClearly_orImportsAModelThatOpensAgain(@ForAll long seed) throws Exception {
        Random random = new Random(seed);
        ImportSource source = ImportSource.of("mutated.csv", mutateCsv(random, CSV));
        ImportResult<EstablishmentImport.Preview> preview;
        try {
            preview = EstablishmentImport.preview(source, "", 5);
        } catch (RuntimeException e) {
            throw new AssertionError("a mutated CSV escaped the preview with " + e, e);
        }
        if (preview.value().isEmpty()) {
            preview.report().problems().forEach(p -> assertClear(p.toString()));
            return;
        }
        ColumnMapping mapping = preview.value().get().guess();
        ImportResult<EstablishmentImport.Imported> r;
        try {
            r = EstablishmentImport.importInto(BURY, source, mapping, ImportOptions.defaults().withScenarioName("Mutated")
                    .withKeepValidRows(random.nextBoolean()), Progress.NONE);
        } catch (RuntimeException e) {
            throw new AssertionError("a mutated CSV escaped the import with " + e, e);
        }
        for (ImportProblem p : r.report().problems()) {
            assertClear(p.toString());
            assertThat(p.line() > 0 || !p.column().isEmpty() || !p.file().isEmpty()).as("%s says where", p).isTrue();
        }
        if (r.value().isPresent()) {
            assertOpensAgain(r.value().get().model(), "csv-" + Long.toHexString(seed));
        }
    }

    /// Valid, and the same again from its own model file and from the database.
    private static void assertOpensAgain(Model accepted, String name) {
        assertThat(ModelValidator.validate(accepted)).as("an accepted model is valid").isEmpty();
        try {
            assertThat(ModelFiles.fromJson(ModelFiles.toJson(accepted))).isEqualTo(accepted);
        } catch (ModelFileException e) {
            throw new AssertionError("an accepted model's own file does not reopen: " + e.getMessage(), e);
        }
        try (ModelStore store = ModelStore.inMemory("fuzz-" + name)) {
            store.saveModel(accepted);
            assertThat(store.loadModel(accepted.id())).contains(accepted);
        }
    }

    /// A line for each problem, in Reshape's words: no stack trace, no Java or library class name.
    static void assertClear(String message) {
        assertThat(message).isNotBlank();
        assertThat(message).doesNotContain("\tat ", "Exception", "com.fasterxml", "org.h2", "java.lang", "org.apache");
        assertThat(message.lines().count()).as(message).isLessThanOrEqualTo(20); // a line for each problem, no more
    }

    static String mutateJson(Random random, String json) {
        String s = json;
        int n = 1 + random.nextInt(3);
        for (int i = 0; i < n; i++) {
            int at = random.nextInt(s.length());
            switch (random.nextInt(6)) {
                case 0 -> s = s.substring(0, at) + s.substring(Math.min(s.length(), at + 1 + random.nextInt(40)));
                case 1 -> {
                    int end = Math.min(s.length(), at + 1 + random.nextInt(200));
                    s = s.substring(0, end) + s.substring(at, end) + s.substring(end);
                }
                case 2, 3 -> {
                    // a value replaced: the text after a random "key": up to the next , } or ]
                    int colon = s.indexOf("\": ", at);
                    if (colon < 0) {
                        break;
                    }
                    int start = colon + 3;
                    int end = valueEnd(s, start);
                    s = s.substring(0, start) + JSON_VALUES[random.nextInt(JSON_VALUES.length)] + s.substring(end);
                }
                case 4 -> s = s.substring(0, at);
                default -> {
                    // a key renamed, as a typo would
                    int q = s.indexOf("\": ", at);
                    if (q > 1) {
                        s = s.substring(0, q - 1) + "X" + s.substring(q);
                    }
                }
            }
        }
        return s;
    }

    private static int valueEnd(String s, int start) {
        int depth = 0;
        boolean quoted = false;
        for (int i = start; i < s.length(); i++) {
            char c = s.charAt(i);
            if (quoted) {
                if (c == '\\') {
                    i++;
                } else if (c == '"') {
                    quoted = false;
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == '{' || c == '[') {
                depth++;
            } else if (c == '}' || c == ']') {
                if (depth == 0) {
                    return i;
                }
                depth--;
            } else if (c == ',' && depth == 0) {
                return i;
            }
        }
        return s.length();
    }

    static String mutateCsv(Random random, String csv) {
        List<String> lines = new ArrayList<>(csv.lines().toList());
        int n = 1 + random.nextInt(3);
        for (int i = 0; i < n; i++) {
            int row = random.nextInt(lines.size());
            switch (random.nextInt(5)) {
                case 0 -> {
                    // a cell replaced (cells split naively, so a quoted comma breaks too)
                    String[] cells = lines.get(row).split(",", -1);
                    cells[random.nextInt(cells.length)] = CSV_VALUES[random.nextInt(CSV_VALUES.length)];
                    lines.set(row, String.join(",", cells));
                }
                case 1 -> lines.remove(row == 0 && lines.size() > 1 && random.nextBoolean() ? 1 : row);
                case 2 -> lines.add(row, lines.get(random.nextInt(lines.size())));
                case 3 -> {
                    String l = lines.get(row);
                    int at = random.nextInt(l.length() + 1);
                    lines.set(row, l.substring(0, at) + (random.nextBoolean() ? "\"" : ",") + l.substring(at));
                }
                default -> {
                    String l = lines.get(row);
                    lines.set(row, l.substring(0, random.nextInt(l.length() + 1)));
                }
            }
            if (lines.isEmpty()) {
                lines.add("");
            }
        }
        return String.join(random.nextBoolean() ? "\n" : "\r\n", lines) + "\n";
    }
}
