package org.reshape.ui;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.reshape.domain.Scenario;
import org.reshape.layout.Layout;
import org.reshape.store.ModelStore;
import org.reshape.ui.app.MainWindow;
import org.reshape.ui.chart.ChartScene;
import org.reshape.ui.workspace.Workspace;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/// Marking a post as an assistant: it is saved, drawn beside
/// its manager in the same layer, and leaves its manager's span.
@ExtendWith(ApplicationExtension.class)
class AssistantWindowTest {
    private ModelStore store;
    private Workspace workspace;
    private MainWindow window;

    @Start
    void start(Stage stage) {
        BuryWindow shown = BuryWindow.show(stage, "assistant");
        store = shown.store();
        workspace = shown.workspace();
        window = shown.window();
    }

    @AfterEach
    void close() {
        store.close();
    }

    private Scenario stored() {
        return store.loadModel(workspace.model().id()).orElseThrow().scenario("proposed").orElseThrow();
    }

    @Test
    void markingAnAssistant_drawsItBesideItsManager_andTakesItOutOfTheSpan(FxRobot robot) {
        assertThat(workspace.metrics().proposal().span("HEH").orElseThrow().reports()).isEqualTo(3);
        // as an imported or edited model marks it (the Post tab has no assistant box yet)
        robot.interact(() -> {
            var smey = workspace.proposal().orElseThrow().post("SMEY");
            window.actions().editPost("proposed", smey.withDesign(smey.design().withAssistant(true)));
        });
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(stored().post("SMEY").isAssistant()).isTrue();
        ChartScene chart = window.proposedChart().canvas().chartSceneProperty().get();
        Layout l = chart.layout();
        int smey = chart.indexOf("SMEY");
        int heh = chart.indexOf("HEH");
        assertThat(l.beside(smey)).isTrue();
        assertThat(l.top(smey)).isEqualTo(l.top(heh));
        assertThat(l.left(smey)).isGreaterThan(l.right(heh));
        for (int i = 0; i < chart.size(); i++) {
            if (i != smey) {
                assertThat(l.rect(i).intersects(l.rect(smey))).as("card %s overlaps the assistant", chart.card(i).key()).isFalse();
            }
        }
        assertThat(workspace.metrics().proposal().span("HEH").orElseThrow().reports()).isEqualTo(2);
        assertThat(workspace.metrics().proposal().assistants()).isEqualTo(1);
        assertThat(workspace.metrics().proposal().postsPerLayer()).as("SMEY moves up to layer 3, beside HEH")
                .containsExactly(1, 4, 10, 7, 1);
    }
}
