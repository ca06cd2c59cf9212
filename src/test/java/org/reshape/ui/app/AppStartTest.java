package org.reshape.ui.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.application.Application;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reshape.domain.Model;
import org.reshape.io.Samples;
import org.reshape.io.json.ModelFiles;
import org.reshape.store.DataDirectory;
import org.reshape.store.ModelStore;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/// Starts the whole app, as a user does, in a fresh data directory: the welcome
/// and its "Don't show this again", and a model file given on the command line.
class AppStartTest extends FxRobot {
    @TempDir
    Path home;

    private Application app;
    private String previousHome;
    private Thread.UncaughtExceptionHandler previousHandler;

    @BeforeEach
    void setUp() throws Exception {
        previousHome = System.getProperty(DataDirectory.HOME_PROPERTY);
        System.setProperty(DataDirectory.HOME_PROPERTY, home.toString());
        previousHandler = Thread.getDefaultUncaughtExceptionHandler();
        FxToolkit.registerPrimaryStage();
    }

    @AfterEach
    void tearDown() throws Exception {
        stop();
        FxToolkit.cleanupStages();
        // The app installs its crash handler for the whole JVM; the next tests should not inherit it.
        Thread.setDefaultUncaughtExceptionHandler(previousHandler);
        FxToolkit.setupFixture(() -> Thread.currentThread().setUncaughtExceptionHandler(null));
        if (previousHome == null) {
            System.clearProperty(DataDirectory.HOME_PROPERTY);
        } else {
            System.setProperty(DataDirectory.HOME_PROPERTY, previousHome);
        }
    }

    private void start(String... args) throws Exception {
        app = FxToolkit.setupApplication(ReshapeApp.class, args);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void stop() throws Exception {
        if (app != null) {
            FxToolkit.cleanupApplication(app);
            app = null;
        }
    }

    private String title() {
        return ((Stage) lookup("#main-window").query().getScene().getWindow()).getTitle();
    }

    @Test
    void firstStart_welcomes_andDontShowAgain_isRememberedNextTime() throws Exception {
        Files.writeString(home.resolve("settings.properties"), "db=team\n");
        start();

        assertThat(lookup("#welcome-banner").tryQuery()).isPresent();
        assertThat(lookup("#welcome-text").queryAs(Label.class).getText())
                .contains("Compare the structures").contains("Drag a post onto another manager")
                .contains("File ▸ Appendix (Ctrl+P)");
        assertThat(title()).contains("Bury").contains(home.resolve("team").toString());

        clickOn("#welcome-dont-show");
        clickOn("#welcome-close");
        assertThat(lookup("#welcome-banner").tryQuery()).isEmpty();
        assertThat(Files.readAllLines(home.resolve("settings.properties")))
                .as("the db= line is kept").containsExactly("db=team", "showWelcome=false");

        stop();
        start();
        assertThat(lookup("#main-window").tryQuery()).isPresent();
        assertThat(lookup("#welcome-banner").tryQuery()).as("not shown again").isEmpty();
    }

    @Test
    void closingTheWelcomeWithoutTheTick_showsItAgainNextTime() throws Exception {
        start();
        clickOn("#welcome-close");
        assertThat(lookup("#welcome-banner").tryQuery()).isEmpty();
        stop();
        start();
        assertThat(lookup("#welcome-banner").tryQuery()).isPresent();
    }

    @Test
    void modelFileOnTheCommandLine_isOpenedAndStored() throws Exception {
        Model sample = Samples.load(ReshapeApp.FIRST_SAMPLE);
        Model other = new Model("wigan-2025", "Wigan Adults 2025", sample.organisation(), sample.directorate(),
                sample.divisions(), sample.payScales(), sample.grades(), sample.scenarios(), sample.costSettings(), sample.glossary());
        Path file = home.resolve("wigan.reshape.json");
        ModelFiles.write(other, file);

        start(file.toUri().toString());

        assertThat(title()).startsWith("Reshape — Wigan Adults 2025");
        assertThat(lookup("#open-file-error").tryQuery()).isEmpty();
        stop();
        try (ModelStore store = ModelStore.open(DataDirectory.defaultDb())) {
            assertThat(store.loadModel("wigan-2025")).contains(other);
        }
    }

    @Test
    void badModelFile_saysWhatIsWrong_andOpensThePreviousModel() throws Exception {
        Path bad = home.resolve("broken.reshape.json");
        Files.writeString(bad, "{\"format\": \"reshape-model\",\n  \"version\": 1,\n  \"model\": {\n}");

        start(bad.toString());

        assertThat(title()).startsWith("Reshape — " + Samples.load(ReshapeApp.FIRST_SAMPLE).name());
        DialogPane error = lookup("#open-file-error").queryAs(DialogPane.class);
        assertThat(error.getHeaderText()).isEqualTo("Reshape could not open broken.reshape.json");
        assertThat(error.getContentText()).startsWith("broken.reshape.json: ").doesNotContain("Exception")
                .contains("Reshape opened " + Samples.load(ReshapeApp.FIRST_SAMPLE).name() + " instead.");
        assertThat(Window.getWindows()).as("the main window and the error").hasSizeGreaterThanOrEqualTo(2);
    }
}
