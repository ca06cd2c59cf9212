package org.reshape.ui.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Platform;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.Clipboard;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.reshape.io.Samples;
import org.reshape.store.DataDirectory;
import org.reshape.ui.edit.EditActions;
import org.reshape.ui.edit.Editor;
import org.reshape.ui.workspace.Workspace;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/// Help ▸ About, and what a user sees when Reshape hits an error nobody caught.
@ExtendWith(ApplicationExtension.class)
class HelpAndErrorsTest {
    private static final Path LOG = Path.of("/home/pat/.local/share/reshape/logs/reshape.log");
    private Thread.UncaughtExceptionHandler previous;

    @Start
    void start(Stage stage) {
        previous = Thread.getDefaultUncaughtExceptionHandler();
        Workspace workspace = new Workspace();
        workspace.modelProperty().set(Samples.load(ReshapeApp.FIRST_SAMPLE));
        ReshapeApp.show(stage, workspace, new EditActions(workspace, new Editor(workspace, null)), null);
    }

    @AfterEach
    void restore() throws Exception {
        Thread.setDefaultUncaughtExceptionHandler(previous);
        FxToolkit.setupFixture(() -> Thread.currentThread().setUncaughtExceptionHandler(null));
        FxToolkit.cleanupStages();
    }

    @Test
    void helpAbout_showsTheVersionTheDataDirectoryAndTheLog(FxRobot robot) {
        robot.clickOn("Help").clickOn("About Reshape");

        DialogPane about = robot.lookup("#about-dialog").queryAs(DialogPane.class);
        // Tests run from classes, without the jar's manifest.
        assertThat(about.getHeaderText()).isEqualTo("Reshape development build");
        assertThat(robot.lookup("#about-version").queryAs(TextField.class).getText()).isEqualTo("development build");
        assertThat(robot.lookup("#about-data-dir").queryAs(TextField.class).getText())
                .isEqualTo(DataDirectory.dataDir().toString());
        assertThat(robot.lookup("#about-log-file").queryAs(TextField.class).getText())
                .isEqualTo(DataDirectory.dataDir().resolve("logs").resolve("reshape.log").toString());
        assertThat(robot.from(about).lookup(".label").queryAllAs(Label.class))
                .as("every name readable, none cut to …").isNotEmpty()
                .allSatisfy(l -> assertThat(l.isTextTruncated()).as(l.getText()).isFalse());
        assertThat(((Stage) about.getScene().getWindow()).getIcons()).as("Reshape's icon, not Java's").hasSize(7);
    }

    @Test
    void errorOnABackgroundThread_showsAReadableDialog_andCopyDetailsPutsTheTraceOnTheClipboard(FxRobot robot)
            throws Exception {
        CrashHandler handler = new CrashHandler(LOG);
        Thread worker = new Thread(() -> {
            throw new IllegalStateException("could not recompute", new ArithmeticException("the totals overflowed"));
        }, "recompute-worker");
        worker.setUncaughtExceptionHandler(handler);
        worker.start();
        worker.join();
        WaitForAsyncUtils.waitForFxEvents();

        DialogPane dialog = robot.lookup("#error-dialog").queryAs(DialogPane.class);
        assertThat(dialog.getHeaderText()).isEqualTo("Something went wrong in Reshape");
        assertThat(((Stage) dialog.getScene().getWindow()).getIcons()).hasSize(7);
        assertThat(dialog.getContentText())
                .startsWith("Reshape hit an error it did not expect: the totals overflowed")
                .contains("Every change you finished before this is saved").contains(LOG.toString())
                .doesNotContain("at org.reshape").doesNotContain("IllegalStateException");
        String details = ((TextArea) dialog.getExpandableContent()).getText();
        assertThat(details).contains("Thread: recompute-worker")
                .contains("java.lang.IllegalStateException: could not recompute")
                .contains("Caused by: java.lang.ArithmeticException: the totals overflowed")
                .contains("at org.reshape.ui.app.HelpAndErrorsTest");

        robot.clickOn("#error-copy");
        AtomicReference<String> copied = new AtomicReference<>();
        robot.interact(() -> copied.set(Clipboard.getSystemClipboard().getString()));
        assertThat(copied.get()).isEqualTo(details);
        assertThat(robot.lookup("#error-dialog").tryQuery()).as("copying leaves the dialog open").isPresent();
    }

    @Test
    void errorInAnEventHandlerOnTheFxThread_showsTheDialog_andTheWindowStaysOpen(FxRobot robot) {
        robot.interact(() -> CrashHandler.install(LOG));
        Platform.runLater(() -> {
            throw new IllegalArgumentException("no post with key X");
        });
        WaitForAsyncUtils.waitForFxEvents();

        DialogPane dialog = robot.lookup("#error-dialog").queryAs(DialogPane.class);
        assertThat(dialog.getContentText()).startsWith("Reshape hit an error it did not expect: no post with key X");
        assertThat(robot.lookup("#main-window").tryQuery()).isPresent();
    }
}
