package org.reshape.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reshape.io.Samples;
import org.reshape.io.json.ModelFiles;
import org.reshape.store.ModelStore;

/// Runs the command line as a user would and checks what it prints and its exit status.
class CliTest {
    record Result(int status, String out, String err) {
    }

    static Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Result(status, out.toString(), err.toString());
    }

    @Test
    void costJson_hasDecimalStringAmounts_andABridgeThatAddsUp() throws Exception {
        Result r = run("cost", "--sample", "bury-cyp-2024", "--against", "Proposed structure", "--basis", "top", "--year", "2024/25",
                "--format", "json");
        assertThat(r.status()).isZero();
        JsonNode json = new ObjectMapper().readTree(r.out());
        assertThat(json.get("year").asText()).isEqualTo("2024/25");
        BigDecimal sum = BigDecimal.ZERO;
        for (JsonNode line : json.get("bridge")) {
            assertThat(line.get("total").isTextual()).isTrue();
            sum = sum.add(new BigDecimal(line.get("total").asText()));
        }
        assertThat(sum).isEqualByComparingTo(json.get("difference").asText());
        JsonNode director = null;
        for (JsonNode line : json.get("bridge")) {
            if (line.get("key").asText().equals("DSC")) {
                director = line;
            }
        }
        assertThat(director).isNotNull();
        assertThat(director.get("salary").asText()).isEqualTo("11316.00"); // 115,452 − 104,136 after the 2.5% Chief Officer award of 2024
        BigDecimal base = new BigDecimal(json.at("/totals/base/total").asText());
        BigDecimal proposal = new BigDecimal(json.at("/totals/proposal/total").asText());
        assertThat(proposal.subtract(base)).isEqualByComparingTo(json.get("difference").asText());
    }

    @Test
    void costTable_printsDivisionsGradesTotalsAndTheBridge() {
        Result r = run("cost", "--sample", "bury-cyp-2024", "--against", "Proposed structure", "--basis", "top", "--year", "2024/25");
        assertThat(r.status()).isZero();
        assertThat(r.out()).contains("By division", "Early Help & School Readiness", "By pay scale and grade", "Chief Officer Band F",
                "Net difference: ", "Recurrent bridge: ", "Temporary bridge: ",
                "regraded up: Chief Officer Band E → Chief Officer Band F", "lines add up to");
        assertThat(r.out()).doesNotContain("NOT");
        assertThat(r.err()).isEmpty();
    }

    @Test
    void noOnCosts_makesTheDifferenceTheSalaryDifference() throws Exception {
        JsonNode json = new ObjectMapper().readTree(run("cost", "--sample", "bury-cyp-2024", "--no-oncosts", "--format", "json").out());
        assertThat(json.get("difference").asText()).isEqualTo(json.get("salaryDifference").asText());
        assertThat(json.at("/totals/proposal/ni").asText()).isEqualTo("0.00");
    }

    @Test
    void costCsv_hasOneRowPerDivisionAndGrade() {
        Result r = run("cost", "--sample", "bury-cyp-2024", "--format", "csv");
        assertThat(r.out().lines().findFirst().orElseThrow()).startsWith("table,Division,Base posts,Base FTE,Base FTE-years,Base salary");
        assertThat(r.out()).contains("By division,Early Help & School Readiness,4,4,4,", "table,Post,Title,Change,Salary",
                "Bridge,DSC,Director of Social Care & Early Help,", "By grade,Chief Officer Band F,0,0,0,0.00");
    }

    @Test
    void changes_listsTheClassifiedChangesAndWhoIsAtRisk() {
        Result r = run("changes", "--sample", "bury-cyp-2024", "--against", "Proposed structure");
        assertThat(r.status()).isZero();
        assertThat(r.out()).contains("Director of Social Care & Early Help", "retitled, regraded up",
                "Assistant Director (Early Help & School Readiness)", "disestablished",
                "At risk: ", "Principal Social Worker", "Service Manager (Quality & Assurance)");
    }

    @Test
    void modelFileAndDatabase_workLikeTheSample(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("bury.reshape.json");
        ModelFiles.write(Samples.load("bury-cyp-2024"), file);
        Path db = dir.resolve("reshape");
        try (ModelStore store = ModelStore.open(db)) {
            store.saveModel(Samples.load("bury-cyp-2024"));
        }
        String fromSample = run("cost", "--sample", "bury-cyp-2024", "--format", "json").out();
        assertThat(run("cost", "--model", file.toString(), "--format", "json").out()).isEqualTo(fromSample);
        assertThat(run("cost", "--db", db.toString(), "--format", "json").out()).isEqualTo(fromSample);
    }

    @Test
    void badInput_endsWithOneClearLineAndStatus2() throws Exception {
        assertBad(run("cost", "--sample", "nope"), "reshape: ", "nope");
        assertBad(run("cost", "--sample", "bury-cyp-2024", "--year", "2024/26"),
                "reshape: --year: '2024/26' is not a financial year: 2024 is followed by 25");
        assertBad(run("cost", "--sample", "bury-cyp-2024", "--basis", "median"),
                "reshape: --basis: 'median' is not a salary basis; use bottom, midpoint, top or actual");
        assertBad(run("cost", "--sample", "bury-cyp-2024", "--against", "Plan B"),
                "reshape: --against: no scenario 'Plan B' in model");
        assertBad(run("cost", "--sample", "bury-cyp-2024", "--format", "pdf"), "reshape: ", "pdf");
        assertBad(run("cost", "--frobnicate"), "reshape: Unknown option: '--frobnicate'");
        assertBad(run("cost"), "reshape: say which model");
        Path bad = Files.createTempFile("bad", ".reshape.json");
        Files.writeString(bad, "{\"format\": \"reshape-model\", \"version\": 9, \"model\": {}}");
        assertBad(run("cost", "--model", bad.toString()), "reshape: ", "version 9");
        assertBad(run("changes", "--db", "/nonexistent/reshape"), "reshape: no Reshape database at /nonexistent/reshape");
    }

    @Test
    void everyCommandHasHelp() {
        for (String command : new String[] {"cost", "changes"}) {
            Result r = run(command, "--help");
            assertThat(r.status()).isZero();
            assertThat(r.out()).contains("Usage: reshape " + command, "--sample", "--against", "--format");
        }
    }

    private static void assertBad(Result r, String start, String... contains) {
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err().strip()).startsWith(start).doesNotContain("\n").doesNotContain("Exception");
        for (String c : contains) {
            assertThat(r.err()).contains(c);
        }
    }
}
