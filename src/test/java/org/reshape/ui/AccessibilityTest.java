package org.reshape.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Labeled;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TreeView;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.reshape.domain.Scenario;
import org.reshape.store.ModelStore;
import org.reshape.ui.app.MainWindow;
import org.reshape.ui.chart.ChartCanvas;
import org.reshape.ui.workspace.Mode;
import org.reshape.ui.workspace.Workspace;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/// The window for someone who works with the keyboard or a screen reader: every
/// button has a name, the structure tree and the chart say which post is
/// selected, Tab reaches the chart and shows where the focus is, and a post can
/// be moved without dragging.
@ExtendWith(ApplicationExtension.class)
class AccessibilityTest {
    private ModelStore store;
    private Workspace workspace;
    private MainWindow window;

    @Start
    void start(Stage stage) {
        BuryWindow shown = BuryWindow.show(stage, "a11y");
        store = shown.store();
        workspace = shown.workspace();
        window = shown.window();
    }

    @AfterEach
    void close() {
        store.close();
    }

    private static void collect(Node n, List<ButtonBase> out) {
        if (n instanceof ButtonBase b && b.isVisible()) {
            out.add(b);
        }
        if (n instanceof Parent p) {
            p.getChildrenUnmodifiable().forEach(c -> collect(c, out));
        }
    }

    @Test
    void everyButtonToggleAndMenuButton_inEveryMode_hasAName(FxRobot robot) {
        List<String> unnamed = new ArrayList<>();
        int seen = 0;
        for (Mode mode : Mode.values()) {
            robot.interact(() -> workspace.modeProperty().set(mode));
            TabPane side = robot.lookup("#side-tabs").queryAs(TabPane.class);
            for (Tab tab : side.getTabs()) {
                robot.interact(() -> side.getSelectionModel().select(tab));
                List<ButtonBase> buttons = new ArrayList<>();
                collect(window.getScene().getRoot(), buttons);
                seen += buttons.size();
                for (ButtonBase b : buttons) {
                    String text = b.getText();
                    String name = b.getAccessibleText();
                    if ((text == null || text.isBlank()) && (name == null || name.isBlank())) {
                        unnamed.add(mode + " / " + tab.getText() + ": " + b.getClass().getSimpleName() + " " + b.getId() + " " + b.getStyleClass());
                    }
                }
            }
        }
        assertThat(seen).as("buttons looked at").isGreaterThan(50);
        assertThat(unnamed).as("buttons a screen reader could not name").isEmpty();
    }

    @Test
    void theStructureTreeAndTheChart_announceTheSelectedPost(FxRobot robot) {
        robot.interact(() -> workspace.focus("DSC"));
        TreeView<?> tree = robot.lookup("#navigator-tree").queryAs(TreeView.class);
        assertThat(tree.getAccessibleText()).isEqualTo("Structure: Director of Social Care & Early Help, Chief Officer Band F, "
                + "Social Care & Early Help selected");
        ChartCanvas chart = window.proposedChart().canvas();
        assertThat(chart.getAccessibleText()).startsWith("Proposed structure chart, 23 posts; selected: Director of Social Care & Early Help");
        assertThat(chart.getAccessibleHelp()).contains("Arrow keys");
        robot.interact(() -> workspace.selectedKeyProperty().set(null));
        assertThat(tree.getAccessibleText()).isEqualTo("Structure: no post selected");
    }

    @Test
    void tab_reachesTheChart_whichShowsAFocusRing(FxRobot robot) {
        ChartCanvas chart = window.proposedChart().canvas();
        robot.clickOn("#search");
        assertThat(edge(robot, chart)).as("no ring while the chart has no focus").isNotEqualTo(ChartCanvas.FOCUS_RING);
        int presses = 0;
        while (window.getScene().getFocusOwner() != chart && presses < 60) {
            robot.type(KeyCode.TAB);
            presses++;
        }
        assertThat(window.getScene().getFocusOwner()).as("Tab reaches the chart").isSameAs(chart);
        assertThat(edge(robot, chart)).as("a ring round the chart with the focus").isEqualTo(ChartCanvas.FOCUS_RING);
        // the arrow keys then move the selection between cards
        robot.interact(() -> workspace.selectedKeyProperty().set("DSC"));
        robot.type(KeyCode.UP);
        assertThat(workspace.selectedKeyProperty().get()).isEqualTo("EDCYP");
    }

    /// The colour of the chart's left edge, half-way down.
    private static Color edge(FxRobot robot, ChartCanvas chart) {
        Color[] c = new Color[1];
        robot.interact(() -> {
            WritableImage shot = chart.snapshot(null, null);
            c[0] = shot.getPixelReader().getColor(1, (int) (shot.getHeight() / 2));
        });
        return c[0];
    }

    @Test
    void editMove_movesThePostUnderAnotherManager_withoutDragging(FxRobot robot) {
        robot.interact(() -> workspace.focus("SSAO"));
        robot.interact(() -> window.proposedChart().canvas().requestFocus());
        robot.press(KeyCode.CONTROL, KeyCode.M).release(KeyCode.M, KeyCode.CONTROL);
        DialogPane dialog = robot.lookup("#move-under").queryAs(DialogPane.class);
        @SuppressWarnings("unchecked")
        ComboBox<String> managers = (ComboBox<String>) dialog.lookup(".combo-box");
        String target = managers.getItems().stream().filter(s -> s.endsWith("[DSC]")).findFirst().orElseThrow();
        robot.interact(() -> managers.getSelectionModel().select(target));
        robot.clickOn(((Labeled) dialog.lookupButton(javafx.scene.control.ButtonType.OK)).getText());
        Scenario stored = store.loadModel("bury-cyp-2024").orElseThrow().scenario("proposed").orElseThrow();
        assertThat(stored.post("SSAO").managerKey()).isEqualTo("DSC");
    }
}
