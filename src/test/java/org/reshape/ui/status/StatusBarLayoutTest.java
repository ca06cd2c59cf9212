package org.reshape.ui.status;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.geometry.Point2D;
import javafx.scene.control.Label;
import javafx.scene.input.MouseButton;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.reshape.store.ModelStore;
import org.reshape.ui.BuryWindow;
import org.reshape.ui.app.MainWindow;
import org.reshape.ui.chart.ChartCanvas;
import org.reshape.ui.workspace.Workspace;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/// At 1366×768, the smallest laptop screen a council issues, the status bar
/// shows every amount whole after a move, with the long "Done: …" message
/// beside them: the message and the basis give way, the money never does.
@ExtendWith(ApplicationExtension.class)
class StatusBarLayoutTest {
    private ModelStore store;
    private Workspace workspace;
    private MainWindow window;
    private Stage stage;
    private double[] before;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        BuryWindow shown = BuryWindow.show(stage, "status");
        store = shown.store();
        workspace = shown.workspace();
        window = shown.window();
        before = new double[] {stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight()};
        stage.setX(0);
        stage.setY(0);
        stage.setWidth(1366);
        stage.setHeight(768);
    }

    /// The primary stage is shared by every window test in the run: give it back its size.
    @AfterEach
    void close(FxRobot robot) {
        robot.interact(() -> {
            stage.setX(before[0]);
            stage.setY(before[1]);
            stage.setWidth(before[2]);
            stage.setHeight(before[3]);
        });
        store.close();
    }

    @Test
    void afterAMove_at1366x768_everyMoneyLabelShowsItsWholeText(FxRobot robot) {
        ChartCanvas chart = window.proposedChart().canvas();
        robot.interact(() -> chart.centreOn("HEH"));
        Point2D a = centre(chart, "SMEY");
        Point2D b = centre(chart, "HFH");
        robot.drag(a, MouseButton.PRIMARY).moveTo(a.add(10, 10)).moveTo(b).release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(workspace.model().scenario("proposed").orElseThrow().post("SMEY").managerKey()).isEqualTo("HFH");

        StatusBar bar = robot.lookup("#status-bar").queryAs(StatusBar.class);
        assertThat(bar.getScene().getWindow().getWidth()).isEqualTo(1366);
        assertThat(robot.lookup("#status-message").queryAs(Label.class).getText()).startsWith("Done: Move Service Manager (Early Years)");
        var cmp = workspace.comparison();
        assertThat(bar.moneyLabels()).extracting(Label::getText).containsExactly(
                "Current structure: " + cmp.base().total().total().format(),
                "Proposed structure: " + cmp.proposal().total().total().format(),
                "Recurrent " + cmp.recurrent().difference().formatSigned(),
                "Temporary " + cmp.temporary().difference().formatSigned(),
                "One-off " + cmp.oneOff().difference().formatSigned());
        for (Label l : bar.moneyLabels()) {
            Text shown = (Text) l.lookup(".text");
            assertThat(shown.getText()).as("what %s shows", l.getId()).isEqualTo(l.getText());
            assertThat(l.getWidth()).as("width of %s", l.getId()).isGreaterThanOrEqualTo(l.prefWidth(-1) - 0.5);
            assertThat(l.localToScene(l.getBoundsInLocal()).getMaxX()).as("%s inside the window", l.getId())
                    .isLessThanOrEqualTo(bar.getScene().getWidth());
        }
    }

    private static Point2D centre(ChartCanvas chart, String key) {
        Point2D[] b = chart.screenBounds(key);
        return chart.localToScreen((b[0].getX() + b[1].getX()) / 2, b[0].getY() + 18);
    }
}
