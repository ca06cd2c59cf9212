package org.reshape.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.reshape.domain.Model;
import org.reshape.domain.SalaryBasis;
import org.reshape.io.Samples;
import org.reshape.report.finance.FinanceTable;
import org.reshape.store.ModelStore;
import org.reshape.ui.app.MainWindow;
import org.reshape.ui.app.ReshapeApp;
import org.reshape.ui.edit.EditActions;
import org.reshape.ui.edit.Editor;
import org.reshape.ui.finance.FinanceTableView;
import org.reshape.ui.workspace.Workspace;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/// The finance officer's view: tables that equal the status bar, settings that
/// change the totals, a bridge that says it reconciles.
@ExtendWith(ApplicationExtension.class)
class FinanceWindowTest {
    private ModelStore store;
    private Workspace workspace;
    private MainWindow window;

    @Start
    void start(Stage stage) {
        store = ModelStore.inMemory("finance-" + System.nanoTime());
        Model bury = Samples.load("bury-cyp-2024");
        store.saveModel(bury);
        workspace = new Workspace();
        workspace.modelProperty().set(bury);
        window = ReshapeApp.show(stage, workspace, new EditActions(workspace, new Editor(workspace, store)), null);
    }

    @AfterEach
    void close() {
        store.close();
    }

    private String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    private Object proposalTotal(FxRobot robot) {
        FinanceTableView t = robot.lookup("#finance-divisions").queryAs(FinanceTableView.class);
        List<Object> total = t.getItems().getLast();
        int column = t.getColumns().stream().map(javafx.scene.control.TableColumn::getText).toList().indexOf("Proposal total");
        return FinanceTable.display(total.get(column));
    }

    @Test
    void tablesEqualTheStatusBar_andTheBridgeReconciles(FxRobot robot) {
        robot.clickOn("#mode-finance");
        String proposal = text(robot, "#status-proposal");
        assertThat(proposal).endsWith(": " + proposalTotal(robot));
        var cmp = workspace.comparison();
        assertThat(text(robot, "#finance-reconcile")).startsWith("Bridges: recurrent ")
                .contains("temporary 1 lines, " + cmp.temporary().difference().formatSigned())
                .contains("each adds up to its part to the penny, and the parts to the net difference " + cmp.difference().formatSigned());
        assertThat(text(robot, "#finance-headline")).startsWith("Recurrent effect: " + cmp.recurrent().difference().formatSigned() + " a year");
        assertThat(text(robot, "#finance-sensitivity")).startsWith("Lines resting on assumed grades or values: ");
        assertThat(window.visibleCharts()).containsExactly(window.proposedChart());
    }

    @Test
    void changingTheBasis_changesTheTotals(FxRobot robot) {
        robot.clickOn("#mode-finance");
        String before = text(robot, "#status-proposal");
        Object tableBefore = proposalTotal(robot);
        @SuppressWarnings("unchecked")
        ComboBox<SalaryBasis> basis = robot.lookup("#finance-basis").queryAs(ComboBox.class);
        robot.interact(() -> basis.setValue(SalaryBasis.BOTTOM));
        robot.clickOn("#finance-apply");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(workspace.settings().basis()).isEqualTo(SalaryBasis.BOTTOM);
        assertThat(store.loadModel("bury-cyp-2024").orElseThrow().costSettings().basis()).isEqualTo(SalaryBasis.BOTTOM);
        assertThat(text(robot, "#status-proposal")).isNotEqualTo(before).endsWith(": " + proposalTotal(robot));
        assertThat(proposalTotal(robot)).isNotEqualTo(tableBefore);
        assertThat(text(robot, "#status-basis")).startsWith("bottom of grade");
    }

    @Test
    void aBadRate_isShownOnTheForm_andCannotBeApplied(FxRobot robot) {
        robot.clickOn("#mode-finance");
        robot.doubleClickOn("#finance-pension").eraseText(6).write("lots");
        assertThat(robot.lookup("#finance-apply").queryAs(Button.class).isDisabled()).isTrue();
        assertThat(text(robot, "#finance-problem")).isEqualTo("Pension: a percentage from 0 to 100, such as 21.1");
    }

    @Test
    void clickingABridgeLine_selectsThePost(FxRobot robot) {
        robot.clickOn("#mode-finance");
        robot.clickOn("#finance-tab-bridge");
        FinanceTableView bridge = robot.lookup("#finance-bridge").queryAs(FinanceTableView.class);
        int row = 0;
        for (int i = 0; i < bridge.getItems().size(); i++) {
            if ("DSC".equals(bridge.getItems().get(i).getFirst())) {
                row = i;
            }
        }
        int target = row;
        robot.interact(() -> bridge.getSelectionModel().select(target));
        assertThat(workspace.selectedKeyProperty().get()).isEqualTo("DSC");
        assertThat(window.proposedChart().canvas().isInView("DSC")).isTrue();
    }
}
