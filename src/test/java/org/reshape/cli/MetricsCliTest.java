package org.reshape.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/// `reshape metrics` as a user runs it: the Bury sample's spans and layers, before and after.
class MetricsCliTest {

    @Test
    void table_showsBothScenariosSideBySide_withFlagsAndTheAssumptionTheCostRestsOn() {
        CliTest.Result r = CliTest.run("metrics", "--sample", "bury-cyp-2024");
        assertThat(r.status()).isZero();
        assertThat(r.out()).containsPattern("Layers +4 +5")
                .containsPattern("Under span \\(< 3\\) +5 +6")
                .containsPattern("Staff posts per manager +1 : 1\\.6 +1 : 1\\.3")
                .contains("under span: span 1 (under 3): Service Manager (Family Resource)")
                .contains("grade relativity: Head of Service (School System) on Chief Officer Band A (top £69,215, assumed)")
                .contains("Assumed: the management cost of Proposed structure rests on assumed grades for");
    }

    @Test
    void json_hasSpansAndLayersPerScenario() throws Exception {
        CliTest.Result r = CliTest.run("metrics", "--sample", "bury-cyp-2024", "--format", "json", "--max-layers", "4");
        assertThat(r.status()).isZero();
        JsonNode json = new ObjectMapper().readTree(r.out());
        assertThat(json.get("schemaVersion").asInt()).isEqualTo(1);
        JsonNode proposed = json.get("scenarios").get(1);
        assertThat(proposed.get("name").asText()).isEqualTo("Proposed structure");
        int sum = 0;
        List<String> under = new ArrayList<>();
        for (JsonNode s : proposed.get("spans")) {
            sum += s.get("reports").asInt();
            if (s.get("flags").toString().contains("under_span")) {
                under.add(s.get("key").asText());
            }
        }
        assertThat(sum).isEqualTo(22);
        assertThat(under).containsExactlyInAnyOrder("HIR", "HCASS", "SMFR", "SLSS", "VHT", "HSAR");
        assertThat(proposed.at("/layers/posts").toString()).isEqualTo("[1,4,9,8,1]");
        assertThat(proposed.at("/layers/count").asInt()).isEqualTo(5);
        assertThat(proposed.get("flags").toString()).contains("5 layers (more than 4) in Proposed structure");
        assertThat(json.get("scenarios").get(0).at("/layers/posts").toString()).isEqualTo("[2,3,11,7]");
    }

    @Test
    void csv_hasOneSpanRowPerManagerPerScenario(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("metrics.csv");
        CliTest.Result r = CliTest.run("metrics", "--sample", "bury-cyp-2024", "--format", "csv", "-o", file.toString());
        assertThat(r.status()).isZero();
        List<String> spanRows = Files.readAllLines(file).stream().filter(l -> l.startsWith("Spans,")).toList();
        assertThat(spanRows).hasSize(9 + 10);
        assertThat(spanRows).anyMatch(l -> l.startsWith("Spans,Proposed structure,SMFR,Service Manager (Family Resource),"
                + "Social Care & Early Help,4,1,4.5,5,under span"));
    }

    @Test
    void badThresholds_endWithOneLine_andStatus2() {
        CliTest.Result r = CliTest.run("metrics", "--sample", "bury-cyp-2024", "--min-span", "12", "--max-span", "10");
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err().strip()).isEqualTo("reshape: --min-span, --max-span, --max-layers: span thresholds must satisfy "
                + "0 ≤ minimum ≤ maximum, not 12 and 10");
    }

    @Test
    void costSpreadsheet_carriesTheSpansAndLayersSheets(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("finance.xlsx");
        CliTest.Result r = CliTest.run("cost", "--sample", "bury-cyp-2024", "--format", "xlsx", "-o", file.toString());
        assertThat(r.status()).isZero();
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(file))) {
            Sheet spans = wb.getSheet("Spans");
            assertThat(spans).isNotNull();
            assertThat(spans.getLastRowNum()).isEqualTo(19);
            Sheet structure = wb.getSheet("Structure");
            assertThat(structure.getRow(1).getCell(0).getStringCellValue()).isEqualTo("Current structure");
            assertThat(structure.getRow(2).getCell(6).getNumericCellValue()).isEqualTo(5.0);
            assertThat(wb.getSheet("Layers")).isNotNull();
            assertThat(wb.getSheet("Design flags")).isNotNull();
        }
    }
}
