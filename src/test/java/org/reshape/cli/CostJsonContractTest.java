package org.reshape.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/// `reshape cost --format json` keeps the contract of DESIGN.md "Costing".
class CostJsonContractTest {

    private static JsonNode cost(String... extra) throws Exception {
        List<String> args = new java.util.ArrayList<>(List.of("cost", "--sample", "bury-cyp-2024", "--against", "Proposed structure",
                "--format", "json"));
        args.addAll(List.of(extra));
        CliTest.Result r = CliTest.run(args.toArray(String[]::new));
        assertThat(r.status()).as(r.err()).isZero();
        return new ObjectMapper().readTree(r.out());
    }

    @Test
    void differenceIsRecurrentPlusTemporaryPlusOneOff_andEachPartsBridgeAddsUp() throws Exception {
        for (JsonNode json : List.of(cost(), cost("--part-year"), cost("--year", "2025/26", "--basis", "mid"))) {
            assertThat(json.get("schemaVersion").asInt()).isEqualTo(1);
            BigDecimal parts = BigDecimal.ZERO;
            for (String part : List.of("recurrent", "temporary", "oneOff")) {
                JsonNode p = json.get(part);
                assertThat(p.get("difference").isTextual()).as(part).isTrue();
                BigDecimal sum = BigDecimal.ZERO;
                for (JsonNode line : p.get("bridge")) {
                    for (String field : List.of("key", "title", "salary", "onCosts", "total", "source")) {
                        assertThat(line.get(field).isTextual()).as("%s.%s", part, field).isTrue();
                    }
                    assertThat(line.get("assumed").isBoolean()).isTrue();
                    assertThat(line.get("total").asText()).matches("-?\\d+\\.\\d{2}");
                    assertThat(new BigDecimal(line.get("salary").asText()).add(new BigDecimal(line.get("onCosts").asText())))
                            .isEqualByComparingTo(line.get("total").asText());
                    sum = sum.add(new BigDecimal(line.get("total").asText()));
                }
                assertThat(sum).as(part).isEqualByComparingTo(p.get("difference").asText());
                parts = parts.add(new BigDecimal(p.get("difference").asText()));
            }
            assertThat(parts).isEqualByComparingTo(json.get("difference").asText());
        }
    }

    @Test
    void theFixedTermHeadOfServiceIsTemporary_andOneOffIsEmptyForNow() throws Exception {
        JsonNode json = cost("--year", "2024/25", "--basis", "top");
        assertThat(json.at("/temporary/bridge/0/key").asText()).isEqualTo("HEH");
        assertThat(json.at("/temporary/bridge").size()).isEqualTo(1);
        assertThat(json.at("/oneOff/difference").asText()).isEqualTo("0.00");
        assertThat(json.at("/oneOff/bridge").size()).isZero();
        assertThat(new BigDecimal(json.at("/recurrent/difference").asText())).isNegative();
    }

    @Test
    void theTable_leadsWithTheRecurrentEffect() {
        CliTest.Result r = CliTest.run("cost", "--sample", "bury-cyp-2024", "--against", "Proposed structure");
        assertThat(r.status()).isZero();
        assertThat(r.out()).containsPattern("Recurrent effect \\(ongoing, full year 2024/25\\): −£[\\d,]+\\.\\d\\d\\n"
                + "Temporary costs in the period \\(fixed-term, acting-up\\): \\+£[\\d,]+\\.\\d\\d\\nOne-off costs: £0\\.00\\n");
        assertThat(r.out()).contains("Recurrent bridge: ", "Temporary bridge: ", "One-off bridge: £0.00\n  (no lines)");
    }
}
