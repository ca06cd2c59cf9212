package org.reshape.ui;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.reshape.io.Samples;
import org.reshape.ui.app.MainWindow;
import org.reshape.ui.app.ReshapeApp;
import org.reshape.ui.chart.CardMark;
import org.reshape.ui.chart.ChartScene;
import org.reshape.ui.edit.EditActions;
import org.reshape.ui.edit.Editor;
import org.reshape.ui.metrics.MetricsViewModel.ManagerRow;
import org.reshape.ui.workspace.Mode;
import org.reshape.ui.workspace.Workspace;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/// Metrics mode as a new user meets it: which managers are under or over span
/// before and after, in one view; the thresholds change it; Compare flags the cards.
@ExtendWith(ApplicationExtension.class)
class MetricsWindowTest {
    private Workspace workspace;
    private MainWindow window;

    @Start
    void start(Stage stage) {
        workspace = new Workspace();
        workspace.modelProperty().set(Samples.load(ReshapeApp.FIRST_SAMPLE));
        window = ReshapeApp.show(stage, workspace, new EditActions(workspace, new Editor(workspace, null)), null);
    }

    @SuppressWarnings("unchecked")
    private TableView<ManagerRow> managers(FxRobot robot) {
        return robot.lookup("#metrics-managers").queryAs(TableView.class);
    }

    @Test
    void metricsMode_listsManagersUnderSpanBeforeAndAfter_flaggedFirst(FxRobot robot) {
        robot.clickOn("#mode-metrics");
        assertThat(robot.lookup("#metrics-headline").queryAs(Label.class).getText()).isEqualTo(
                "Managers under span (fewer than 3 reports) or over span (more than 10): 5 in Current structure, "
                        + "6 in Proposed structure. Layers: 4 → 5.");
        assertThat(robot.lookup("#metrics-after-layers").queryAs(Label.class).getText()).isEqualTo("5");
        assertThat(robot.lookup("#metrics-before-managers").queryAs(Label.class).getText()).isEqualTo("9");
        var rows = managers(robot).getItems();
        assertThat(rows).hasSize(12); // 9 before + 10 after − 7 in both
        assertThat(rows.subList(0, 7)).allMatch(ManagerRow::flagged); // HIR, HCASS, SMFR, SLSS, VHT, HSAR, SLSEND
        assertThat(rows.subList(7, 12)).noneMatch(ManagerRow::flagged);
        assertThat(rows).filteredOn(r -> r.key().equals("SMFR")).singleElement()
                .satisfies(r -> {
                    assertThat(r.before()).isNull();
                    assertThat(r.after()).isEqualTo(1);
                    assertThat(r.afterFlag()).isEqualTo("under span");
                });
        assertThat(rows).filteredOn(r -> r.key().equals("SLSEND")).singleElement()
                .satisfies(r -> assertThat(r.beforeFlag()).isEqualTo("under span"));
    }

    @Test
    void changingTheMinimumSpan_updatesTheListAndTheCardsInCompare(FxRobot robot) {
        robot.clickOn("#mode-metrics");
        Spinner<?> min = robot.lookup("#metrics-min-span").queryAs(Spinner.class);
        robot.doubleClickOn(min.getEditor()).write("2").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#metrics-headline").queryAs(Label.class).getText())
                .startsWith("Managers under span (fewer than 2 reports) or over span (more than 10): 3 in Current structure, "
                        + "4 in Proposed structure.");
        robot.clickOn("#mode-compare");
        WaitForAsyncUtils.waitForFxEvents();
        ChartScene proposed = window.proposedChart().canvas().chartSceneProperty().get();
        assertThat(proposed.card(proposed.indexOf("SMFR")).marks()).contains(CardMark.UNDER_SPAN);
        assertThat(proposed.card(proposed.indexOf("VHT")).marks()).doesNotContain(CardMark.UNDER_SPAN); // span 2 is now enough
        assertThat(proposed.card(proposed.indexOf("SLSS")).marks()).contains(CardMark.UNDER_SPAN, CardMark.GRADE_RELATIVITY);
        ChartScene current = window.currentChart().canvas().chartSceneProperty().get();
        assertThat(current.card(current.indexOf("SLSEND")).marks()).contains(CardMark.UNDER_SPAN);
    }

    @Test
    void doubleClickingAManager_showsItInCompare(FxRobot robot) {
        robot.clickOn("#mode-metrics");
        ManagerRow first = managers(robot).getItems().getFirst();
        robot.doubleClickOn(robot.lookup("#metrics-managers .table-row-cell").nth(0).queryAs(javafx.scene.Node.class));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(workspace.modeProperty().get()).isEqualTo(Mode.COMPARE);
        assertThat(workspace.selectedKeyProperty().get()).isEqualTo(first.key());
    }
}
