package org.reshape.ui;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.control.TreeItem;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.reshape.store.ModelStore;
import org.reshape.ui.app.MainWindow;
import org.reshape.ui.chart.ChartScene;
import org.reshape.ui.navigator.NavigatorView;
import org.reshape.ui.workspace.Mode;
import org.reshape.ui.workspace.Workspace;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/// After an edit, only what it changed is drawn again: the chart of the other
/// scenario stays as it was when nothing on it changed, and the structure tree
/// keeps the divisions the user closed and the post they selected.
@ExtendWith(ApplicationExtension.class)
class IncrementalRedrawWindowTest {
    private ModelStore store;
    private Workspace workspace;
    private MainWindow window;

    @Start
    void start(Stage stage) {
        BuryWindow shown = BuryWindow.show(stage, "redraw");
        store = shown.store();
        workspace = shown.workspace();
        window = shown.window();
    }

    @AfterEach
    void close() {
        store.close();
    }

    private TreeItem<NavigatorView.Entry> division(String name) {
        return window.navigator().tree().getRoot().getChildren().stream()
                .filter(d -> d.getValue().text().startsWith(name)).findFirst().orElseThrow();
    }

    @Test
    void aClosedDivisionStaysClosed_andTheSelectedPostStaysSelected_afterAnEdit(FxRobot robot) {
        robot.interact(() -> division("Education & Skills").setExpanded(false));
        TreeItem<NavigatorView.Entry> cim = division("Strategy, Assurance & Reform").getChildren().stream()
                .filter(i -> i.getValue().key().equals("CIM")).findFirst().orElseThrow();
        robot.interact(() -> window.navigator().tree().getSelectionModel().select(cim));
        assertThat(workspace.selectedKeyProperty().get()).isEqualTo("CIM");

        robot.interact(() -> assertThat(window.actions().moveUnder("proposed", "SMEY", "HFH", false)).isTrue());
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(workspace.model().scenario("proposed").orElseThrow().post("SMEY").managerKey()).isEqualTo("HFH");
        assertThat(division("Education & Skills").isExpanded()).as("closed by the user, still closed").isFalse();
        assertThat(division("Social Care & Early Help").isExpanded()).isTrue();
        assertThat(window.navigator().tree().getSelectionModel().getSelectedItem().getValue().key()).isEqualTo("CIM");
        assertThat(workspace.selectedKeyProperty().get()).isEqualTo("CIM");
    }

    @Test
    void anEditOfTheProposal_redrawsTheProposedChart_andLeavesTheCurrentChartAsItWas(FxRobot robot) {
        robot.interact(() -> workspace.modeProperty().set(Mode.COMPARE));
        robot.interact(() -> assertThat(window.actions().moveUnder("proposed", "SMEY", "HFH", false)).isTrue());
        ChartScene current = window.currentChart().canvas().chartSceneProperty().get();
        ChartScene proposed = window.proposedChart().canvas().chartSceneProperty().get();

        // the same kind of change for the same post: nothing on the current chart changes
        robot.interact(() -> assertThat(window.actions().moveUnder("proposed", "SMEY", "HIR", false)).isTrue());
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(window.currentChart().canvas().chartSceneProperty().get()).as("current chart not rebuilt").isSameAs(current);
        assertThat(window.proposedChart().canvas().chartSceneProperty().get()).as("proposed chart rebuilt").isNotSameAs(proposed);
        assertThat(window.proposedChart().canvas().screenBounds("SMEY")).isNotNull();

        // a change the current chart shows (a disestablished post is a ghost there): it is rebuilt
        robot.interact(() -> assertThat(window.actions().disestablish("proposed", "CRS", "")).isTrue());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.currentChart().canvas().chartSceneProperty().get()).isNotSameAs(current);
    }
}
