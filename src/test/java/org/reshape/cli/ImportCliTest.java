package org.reshape.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reshape.domain.Model;
import org.reshape.store.ModelStore;

/// `reshape import` and `reshape export`, run as a user would.
class ImportCliTest {
    private static final Path ORGANOGRAMS = org.reshape.io.organogram.RealOrganograms.DIR;
    private static final String DFID_2013 = "department_for_international_development-2013-09-30";
    private static final String DFID_2014 = "department_for_international_development-2014-03-31";

    @TempDir
    Path dir;

    private static CliTest.Result run(String... args) {
        return CliTest.run(args);
    }

    private static String f(String snapshot, String part) {
        return ORGANOGRAMS.resolve(snapshot + "-" + part + ".csv").toString();
    }

    private static void assumeOrganograms() {
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isDirectory(ORGANOGRAMS), "shared organograms not beside the project");
    }

    @Test
    void organogramPair_importsAsBaseAndProposal_andCosts() {
        assumeOrganograms();
        String db = dir.resolve("reshape").toString();
        CliTest.Result r = run("import", "organogram", f(DFID_2013, "senior"), f(DFID_2013, "junior"), f(DFID_2014, "senior"),
                f(DFID_2014, "junior"), "--db", db, "--model-id", "dfid", "--scenario", "September 2013");
        assertThat(r.err()).isEmpty();
        assertThat(r.status()).isZero();
        assertThat(r.out()).contains("Scenario 'September 2013' (460 posts) is in model 'Department for International Development organogram' (id dfid)",
                "Scenario 'Organogram 31 March 2014' (140 posts, a proposal of 'September 2013')",
                "Imported 600 posts from 600 rows; 8 warnings.",
                DFID_2013 + "-senior.csv:15: column 'Reports to Senior Post': warning: post B52 reports to itself; imported as a top post");
        CliTest.Result cost = run("cost", "--db", db, "--format", "table");
        assertThat(cost.status()).isZero();
        assertThat(cost.out()).contains("which is the net difference.");
    }

    @Test
    void organogram_intoAnExistingModel_asAProposal() {
        assumeOrganograms();
        String db = dir.resolve("reshape").toString();
        String id = "department-for-international-development-2013-09-30";
        assertThat(run("import", "organogram", f(DFID_2013, "senior"), f(DFID_2013, "junior"), "--db", db).status()).isZero();
        CliTest.Result again = run("import", "organogram", f(DFID_2013, "senior"), f(DFID_2013, "junior"), "--db", db);
        assertThat(again.status()).isEqualTo(2);
        assertThat(again.err().strip()).isEqualTo("reshape: " + db + " has a model '" + id + "' already; add the snapshot to it with"
                + " --model-id " + id + ", or give the new model another --model-id");
        CliTest.Result later = run("import", "organogram", f(DFID_2014, "senior"), f(DFID_2014, "junior"), "--db", db, "--model-id", id,
                "--base", "Organogram 30 September 2013");
        assertThat(later.status()).as(later.err()).isZero();
        try (ModelStore store = ModelStore.open(Path.of(db))) {
            Model m = store.loadModel(id).orElseThrow();
            assertThat(m.scenarios()).hasSize(2);
            assertThat(m.scenarios().get(1).baseId()).isEqualTo(m.scenarios().get(0).id());
            assertThat(org.reshape.domain.ModelValidator.validate(m)).isEmpty();
        }
    }

    @Test
    void csv_withErrors_printsEachProblemAndImportsNothing_unlessKeepValid() throws Exception {
        Path csv = dir.resolve("hr.csv");
        Files.writeString(csv, "Post No,Title,Reports To,Grade,Pay min,Pay max\n1,Chief Executive,,CE,150000,160000\n"
                + "2,Director,1,Dir,100000,110000\n3,Head,2,Head,x,70000\n4,Head,9,Head,60000,70000\n");
        String db = dir.resolve("reshape").toString();
        CliTest.Result refused = run("import", "csv", csv.toString(), "--db", db, "--scenario", "Establishment 2025", "--create-grades");
        assertThat(refused.status()).isEqualTo(2);
        assertThat(refused.out()).isEmpty();
        assertThat(refused.err().lines().toList()).containsExactly(
                "reshape: nothing imported: 2 errors (--keep-valid imports the rows without errors):",
                "hr.csv:4: column 'Pay min': 'x' is not an amount of money; the row was left out",
                "hr.csv:5: column 'Reports To': post 4 reports to 9, which is not in hr.csv; imported as a top post");
        CliTest.Result kept = run("import", "csv", csv.toString(), "--db", db, "--scenario", "Establishment 2025", "--create-grades",
                "--keep-valid");
        assertThat(kept.status()).isZero();
        assertThat(kept.out()).contains("Columns: Post number ← 'Post No', Title ← 'Title', Reports to ← 'Reports To', Grade ← 'Grade'",
                "Scenario 'Establishment 2025' (3 posts) is in model 'hr' (id hr)", "Imported 3 posts from 4 rows; 2 errors");
        Path out = dir.resolve("out.csv");
        assertThat(run("export", "csv", "--db", db, "--scenario", "Establishment 2025", "--out", out.toString()).status()).isZero();
        assertThat(Files.readString(out)).startsWith("Post number,Title,Division,Reports to,Grade,").contains("\r\n4,Head,,,Head,");
    }

    @Test
    void csv_withAMappingFile_andSavingTheGuess() throws Exception {
        Path csv = dir.resolve("hr.csv");
        Files.writeString(csv, "Ref,Role,Band\nA,Executive Director,Chief Officer Band H\n");
        Path saved = dir.resolve("guess.properties");
        String db = dir.resolve("reshape").toString();
        try (ModelStore store = ModelStore.open(Path.of(db))) {
            store.saveModel(org.reshape.io.Samples.load("bury-cyp-2024"));
        }
        CliTest.Result guessed = run("import", "csv", csv.toString(), "--db", db, "--save-mapping", saved.toString());
        assertThat(guessed.status()).isEqualTo(2);
        assertThat(guessed.err()).contains("the column mapping: no column is mapped to Post number");
        assertThat(Files.readString(saved)).contains("column.grade=Band");
        Files.writeString(saved, Files.readString(saved) + "column.post_number=Ref\ncolumn.title=Role\n");
        CliTest.Result r = run("import", "csv", csv.toString(), "--db", db, "--mapping", saved.toString(), "--scenario", "HR");
        assertThat(r.status()).isZero();
        assertThat(r.out()).contains("Scenario 'HR' (1 posts) is in model 'Bury CYP senior management restructure 2024'");
    }

    @Test
    void badInput_endsWithOneClearLineAndStatus2() throws Exception {
        String db = dir.resolve("reshape").toString();
        assertBad(run("import", "organogram", "/nope/a-senior.csv", "/nope/a-junior.csv", "--db", db),
                "reshape: nothing imported: 2 errors:");
        Path junior = dir.resolve("x-junior.csv");
        Files.writeString(junior, "Parent Department,Reporting Senior Post,Grade,Number of Posts in FTE\nD,P1,EO,1\n");
        CliTest.Result swapped = run("import", "organogram", junior.toString(), junior.toString(), "--db", db);
        assertThat(swapped.status()).isEqualTo(2);
        assertThat(swapped.err().lines().findFirst().orElseThrow()).isEqualTo(
                "reshape: x-junior.csv:1: not an organogram senior file: it has no column 'Post Unique Reference' (it looks like the junior file:"
                        + " give the senior file first); its columns are 'Parent Department', 'Reporting Senior Post', 'Grade', 'Number of Posts in FTE'");
        assertBad(run("import", "csv", "/nope/hr.csv", "--db", db), "reshape: no file at /nope/hr.csv");
        assertBad(run("import", "csv", junior.toString()), "reshape: Missing required option: '--db=PATH'");
        assertBad(run("import"), "reshape: say what to import: organogram or csv");
        assertBad(run("export", "csv", "--sample", "bury-cyp-2024", "--scenario", "Plan B"), "reshape: --scenario: no scenario 'Plan B'");
    }

    @Test
    void aLockedDatabase_isSaidBeforeTheFileIsRead() throws Exception {
        Path db = dir.resolve("reshape");
        // A file the import would refuse on reading it: the lock must be what the user hears about.
        Path junk = dir.resolve("hr.csv");
        Files.write(junk, new byte[] {0, 1, 2, 3});
        try (ModelStore held = ModelStore.open(db)) {
            CliTest.Result csv = run("import", "csv", junk.toString(), "--db", db.toString());
            assertBad(csv, "reshape: The Reshape database ");
            assertThat(csv.err()).contains("is already open in another Reshape window or process").doesNotContain("hr.csv");
            CliTest.Result organogram = run("import", "organogram", junk.toString(), junk.toString(), "--db", db.toString());
            assertBad(organogram, "reshape: The Reshape database ");
        }
    }

    @Test
    void aSeniorFileAlone_imports() throws Exception {
        Path senior = dir.resolve("body-2020-03-31-senior.csv");
        Files.writeString(senior, "Post Unique Reference,Name,Grade,Job Title,Unit,Reports to Senior Post,FTE,Actual Pay Floor (£),"
                + "Actual Pay Ceiling (£)\nP1,N/D,SCS2,Director,Office,XX,1,95000,99999\nP2,N/D,SCS1,Deputy,Office,P1,1,70000,74999\n");
        CliTest.Result r = run("import", "organogram", senior.toString(), "--db", dir.resolve("reshape").toString());
        assertThat(r.status()).as(r.err()).isZero();
        assertThat(r.out()).contains("(2 posts)").contains("no junior file: only the senior posts are imported");
    }

    @Test
    void export_organogramAndJson_readBack() throws Exception {
        String prefix = dir.resolve("bury").toString();
        CliTest.Result r = run("export", "organogram", "--sample", "bury-cyp-2024", "--scenario", "Proposed structure", "--out", prefix);
        assertThat(r.status()).isZero();
        assertThat(Files.readString(Path.of(prefix + "-senior.csv"))).startsWith("Post Unique Reference,Name,Grade (or equivalent)");
        String db = dir.resolve("reshape").toString();
        CliTest.Result back = run("import", "organogram", prefix + "-senior.csv", prefix + "-junior.csv", "--db", db);
        assertThat(back.status()).as(back.err()).isZero();
        Path json = dir.resolve("bury.reshape.json");
        assertThat(run("export", "json", "--sample", "bury-cyp-2024", "--out", json.toString()).status()).isZero();
        assertThat(run("cost", "--model", json.toString(), "--format", "json").out())
                .isEqualTo(run("cost", "--sample", "bury-cyp-2024", "--format", "json").out());
    }

    @Test
    void everyImportAndExportCommandHasHelp() {
        for (String[] c : new String[][] {{"import", "organogram"}, {"import", "csv"}, {"export", "csv"}, {"export", "organogram"},
                {"export", "json"}}) {
            CliTest.Result r = run(c[0], c[1], "--help");
            assertThat(r.status()).isZero();
            assertThat(r.out()).contains("Usage: reshape " + c[0] + " " + c[1]);
        }
    }

    private static void assertBad(CliTest.Result r, String start) {
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).startsWith(start).doesNotContain("Exception");
    }
}
