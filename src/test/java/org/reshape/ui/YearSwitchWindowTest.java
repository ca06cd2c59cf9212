package org.reshape.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigDecimal;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.reshape.cli.Main;
import org.reshape.domain.CostSettings;
import org.reshape.domain.FinancialYear;
import org.reshape.domain.Money;
import org.reshape.domain.NiRule;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/// Finance ▸ Financial year ▸ Apply: the window costs the chosen year with that
/// year's NI rule and pay versions, shows them, agrees with `reshape cost --year`,
/// and leaves every stored rule as it was.
@ExtendWith(ApplicationExtension.class)
class YearSwitchWindowTest {
    private BuryWindow bury;

    @Start
    void start(Stage stage) {
        bury = BuryWindow.show(stage, "year-switch");
    }

    @AfterEach
    void close() {
        bury.store().close();
    }

    private static String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    /// `reshape cost --sample bury-cyp-2024 --year 2025/26 --format json`, through the command line's own code.
    private static JsonNode cli(String... args) throws Exception {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        assertThat(status).as(err.toString()).isZero();
        return new ObjectMapper().readTree(out.toString());
    }

    private static Money pounds(JsonNode n) {
        return Money.of(new BigDecimal(n.asText()));
    }

    @Test
    void switchingTo2025_26_costsItWithItsOwnRule_likeTheCommandLine_andKeepsTheStoredRules(FxRobot robot) throws Exception {
        CostSettings before = bury.store().loadModel("bury-cyp-2024").orElseThrow().costSettings();
        robot.clickOn("#mode-finance");
        assertThat(text(robot, "#finance-year-ni")).isEqualTo("employer NI 13.8% above £9,100 (the 2024/25 rule)");
        robot.clickOn("#finance-ni-toggle");
        assertThat(text(robot, "#finance-year-rules")).startsWith("2024/25 is costed with employer NI 13.8% above £9,100 (the 2024/25 rule)");

        robot.clickOn("#finance-year").clickOn("2025/26");
        assertThat(text(robot, "#finance-year-ni")).isEqualTo("employer NI 15% above £5,000 (the 2025/26 rule)");
        assertThat(text(robot, "#finance-year-rules"))
                .startsWith("2025/26 is costed with employer NI 15% above £5,000 (the 2025/26 rule); pay: ")
                .contains("Chief Officer from 1 April 2025 (assumed)")
                .contains("NJC from 1 April 2025")
                .contains("Soulbury from 1 September 2024 and from 1 September 2025");
        robot.clickOn("#finance-apply");
        WaitForAsyncUtils.waitForFxEvents();

        JsonNode cli = cli("cost", "--sample", "bury-cyp-2024", "--year", "2025/26", "--format", "json");
        assertThat(cli.get("year").asText()).isEqualTo("2025/26");
        assertThat(text(robot, "#status-basis")).startsWith("top of grade, 2025/26; on-costs: employer NI 15% above £5,000, pension 21.1%");
        assertThat(text(robot, "#status-base")).isEqualTo("Current structure: " + pounds(cli.get("totals").get("base").get("total")).format());
        assertThat(text(robot, "#status-proposal")).isEqualTo("Proposed structure: " + pounds(cli.get("totals").get("proposal").get("total")).format());
        assertThat(text(robot, "#status-recurrent")).isEqualTo("Recurrent " + pounds(cli.get("recurrent").get("difference")).formatSigned());
        assertThat(text(robot, "#status-temporary")).isEqualTo("Temporary " + pounds(cli.get("temporary").get("difference")).formatSigned());

        CostSettings after = bury.store().loadModel("bury-cyp-2024").orElseThrow().costSettings();
        assertThat(after.year()).isEqualTo(new FinancialYear(2025));
        NiRule stored2024 = after.storedNi(new FinancialYear(2024)).orElseThrow();
        assertThat(stored2024.rate()).isEqualByComparingTo("0.138");
        assertThat(stored2024.threshold()).isEqualTo(Money.ofPounds(9_100));
        assertThat(after.storedNi(new FinancialYear(2025)).orElseThrow().rate()).isEqualByComparingTo("0.15");
        assertThat(after.niRules().keySet()).isEqualTo(before.niRules().keySet());
        assertThat(after.awards()).isEqualTo(before.awards());
    }
}
