package org.reshape.ui;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.geometry.Point2D;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.reshape.domain.Scenario;
import org.reshape.store.ModelStore;
import org.reshape.ui.app.MainWindow;
import org.reshape.ui.chart.ChartCanvas;
import org.reshape.ui.workspace.Workspace;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/// The HR partner's afternoon, with the mouse and keyboard: drag posts, see a
/// refused drop, undo and redo, edit in the inspector; the store, the change
/// list and the totals follow every step.
@ExtendWith(ApplicationExtension.class)
class EditingWindowTest {
    private ModelStore store;
    private Workspace workspace;
    private MainWindow window;

    @Start
    void start(Stage stage) {
        BuryWindow shown = BuryWindow.show(stage, "editing");
        store = shown.store();
        workspace = shown.workspace();
        window = shown.window();
    }

    @AfterEach
    void close() {
        store.close();
    }

    private ChartCanvas chart() {
        return window.proposedChart().canvas();
    }

    private Point2D centreOf(String key) {
        Point2D[] b = chart().screenBounds(key);
        return chart().localToScreen((b[0].getX() + b[1].getX()) / 2, b[0].getY() + 18);
    }

    private Scenario stored() {
        return store.loadModel("bury-cyp-2024").orElseThrow().scenario("proposed").orElseThrow();
    }

    private String label(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    private void drag(FxRobot robot, String from, String to) {
        robot.interact(() -> chart().centreOn("HEH"));
        Point2D a = centreOf(from);
        Point2D b = centreOf(to);
        robot.drag(a, MouseButton.PRIMARY).moveTo(a.add(10, 10)).moveTo(b).release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void draggingACardOntoAnother_makesItReportThere_andUndoRedoWork(FxRobot robot) {
        drag(robot, "SMEY", "HFH");
        assertThat(workspace.model().scenario("proposed").orElseThrow().post("SMEY").managerKey()).isEqualTo("HFH");
        assertThat(stored().post("SMEY").managerKey()).as("saved at once").isEqualTo("HFH");
        assertThat(label(robot, "#status-message")).isEqualTo("Done: Move Service Manager (Early Years) under Head of Service (Family Help)");

        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        assertThat(stored().post("SMEY").managerKey()).isEqualTo("HEH");
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.Z).release(KeyCode.SHIFT, KeyCode.CONTROL);
        assertThat(stored().post("SMEY").managerKey()).isEqualTo("HFH");
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        robot.press(KeyCode.CONTROL).type(KeyCode.Y).release(KeyCode.CONTROL);
        assertThat(stored().post("SMEY").managerKey()).isEqualTo("HFH");
    }

    @Test
    void droppingAManagerUnderItsOwnReport_isRefusedWithTheReason(FxRobot robot) {
        drag(robot, "HEH", "SMFR");
        assertThat(stored().post("HEH").managerKey()).isEqualTo("DSC");
        assertThat(label(robot, "#status-message")).isEqualTo("Not moved: Service Manager (Family Resource) reports, directly or "
                + "through others, to Head of Service (Early Help), so Head of Service (Early Help) cannot report to it");
        assertThat(window.actions().editor().canUndoProperty().get()).isFalse();
        assertThat(window.proposedChart().toastText()).as("a toast in the chart").isEqualTo(label(robot, "#status-message"));
        // the reason drawn beside the pointer while dragging: 13 px text, wrapped to lines that fit
        var lines = org.reshape.ui.chart.DropFeedback.labelLines(window.proposedChart().toastText().substring("Not moved: ".length()),
                chart().getWidth());
        assertThat(lines).hasSizeGreaterThan(1);
        assertThat(String.join(" ", lines)).doesNotContain("…");
        lines.forEach(l -> assertThat(org.reshape.ui.chart.DropFeedback.labelWidth(l))
                .isLessThanOrEqualTo(org.reshape.ui.chart.DropFeedback.LABEL_WIDTH));
    }

    @Test
    void disestablishing_updatesTheChangeListAndTheTotals(FxRobot robot) {
        String difference = label(robot, "#status-recurrent");
        int changes = window.changes().list().getItems().size();
        robot.interact(() -> workspace.focus("DHVS"));
        robot.interact(() -> chart().requestFocus());
        robot.type(KeyCode.DELETE);
        assertThat(stored().contains("DHVS")).as("Delete asks first").isTrue();
        robot.clickOn("Disestablish");
        assertThat(stored().contains("DHVS")).isFalse();
        assertThat(window.changes().list().getItems()).hasSize(changes - 1);
        assertThat(label(robot, "#status-recurrent")).isNotEqualTo(difference)
                .isEqualTo("Recurrent " + workspace.comparison().recurrent().difference().formatSigned());
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        assertThat(label(robot, "#status-recurrent")).isEqualTo(difference);
        assertThat(window.changes().list().getItems()).hasSize(changes);
    }

    @Test
    void inspector_showsProblemsOnTheField_andAppliesAValidEdit(FxRobot robot) throws Exception {
        robot.interact(() -> workspace.focus("SMEY"));
        robot.clickOn("#tab-post");
        robot.doubleClickOn("#inspector-fte").eraseText(3).write("abc");
        assertThat(robot.lookup("#inspector-apply").queryAs(Button.class).isDisabled()).isTrue();
        assertThat(label(robot, "#inspector-problem")).isEqualTo("FTE must be a number such as 1, 0.5 or 30");
        robot.doubleClickOn("#inspector-fte").eraseText(3).write("0.5");
        assertThat(robot.lookup("#inspector-apply").queryAs(Button.class).isDisabled()).isFalse();
        String difference = label(robot, "#status-recurrent");
        robot.clickOn("#inspector-apply");
        // the edit, its save and the recosting run on the FX thread after the click is posted
        WaitForAsyncUtils.waitFor(10, java.util.concurrent.TimeUnit.SECONDS,
                () -> stored().post("SMEY").fte().compareTo(new java.math.BigDecimal("0.5")) == 0);
        assertThat(stored().post("SMEY").fte()).isEqualByComparingTo("0.5");
        assertThat(label(robot, "#status-recurrent")).isNotEqualTo(difference);
        assertThat(window.changes().list().getItems()).anySatisfy(c -> {
            assertThat(c.key()).isEqualTo("SMEY");
            assertThat(c.describeKinds()).contains("FTE changed");
        });
    }
}
