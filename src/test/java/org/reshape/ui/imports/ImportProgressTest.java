package org.reshape.ui.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.reshape.domain.Model;
import org.reshape.io.Samples;
import org.reshape.io.imports.ImportReport;
import org.reshape.io.imports.Progress;
import org.reshape.ui.edit.EditActions;
import org.reshape.ui.edit.Editor;
import org.reshape.ui.tasks.FxTasks;
import org.reshape.ui.tasks.Tasks;
import org.reshape.ui.workspace.Workspace;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/// A long import runs in the background with a progress bar; the window keeps
/// answering, and Cancel stops it with nothing imported.
///
/// The import is held at its first progress report until the robot has clicked
/// Cancel ([HeldTasks]), so the click always lands while it runs, however fast the
/// machine, and nothing here measures time.
@ExtendWith(ApplicationExtension.class)
class ImportProgressTest {
    @TempDir
    Path dir;
    private Stage stage;

    @Start
    void start(Stage s) {
        stage = s;
        s.setScene(new Scene(new Label("Reshape"), 300, 200));
        s.show();
    }

    @Test
    void cancellingALongImport_importsNothing(FxRobot robot) throws Exception {
        Path csv = dir.resolve("big.csv");
        StringBuilder b = new StringBuilder("Post No,Job Title,Service Area,Reports To,Grade,FTE\n");
        b.append("P0,Director,Directorate,,Chief Officer Band H,1\n");
        for (int i = 1; i < 20_000; i++) { // five progress reports' worth of rows
            b.append('P').append(i).append(",Officer ").append(i).append(",Education & Skills,P").append((i - 1) / 4)
                    .append(",Chief Officer Band A,1\n");
        }
        Files.writeString(csv, b);
        Workspace workspace = new Workspace();
        Model bury = Samples.load("bury-cyp-2024");
        workspace.modelProperty().set(bury);
        EditActions actions = new EditActions(workspace, new Editor(workspace, null));
        HeldTasks tasks = new HeldTasks();
        ImportActions imports = new ImportActions(workspace, actions, tasks, new ImportPrompts() {
            @Override
            public boolean keepValidRows(String what, ImportReport report) {
                return false;
            }

            @Override
            public void report(String what, ImportReport report) {
            }
        }, null);
        var mapping = imports.startingMapping(imports.preview(csv).value().orElseThrow());
        robot.interact(() -> imports.importEstablishment(stage, csv, mapping, "Big", null));

        assertThat(tasks.working.await(60, TimeUnit.SECONDS)).as("the import reports progress").isTrue();
        WaitForAsyncUtils.waitForFxEvents();
        ProgressBar bar = robot.lookup("#import-progress").queryAs(ProgressBar.class);
        assertThat(bar).isNotNull();
        // the JavaFX thread answers while the import is under way: the progress bar shows what it has read
        assertThat(WaitForAsyncUtils.asyncFx(bar::getProgress).get()).isGreaterThan(0).isLessThan(1);
        assertThat(workspace.model()).isSameAs(bury);
        robot.clickOn("#import-cancel");
        tasks.release.countDown();
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> actions.editor().messageProperty().get().contains("cancelled"));
        assertThat(actions.editor().messageProperty().get()).isEqualTo("Establishment list big.csv: cancelled, nothing imported");
        assertThat(workspace.model()).isSameAs(bury);
    }

    /// The window's own background tasks, with the work held at its first progress report until `release`.
    static final class HeldTasks implements Tasks {
        private final FxTasks inner = new FxTasks();
        final CountDownLatch working = new CountDownLatch(1);
        final CountDownLatch release = new CountDownLatch(1);

        @Override
        public <T> Job run(String title, Function<Progress, T> work, Consumer<T> onSuccess, Consumer<Throwable> onError) {
            return inner.run(title, p -> work.apply(new Progress() {
                @Override
                public void worked(long done, long total) {
                    p.worked(done, total);
                    working.countDown();
                    try {
                        release.await();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }

                @Override
                public boolean cancelled() {
                    return p.cancelled();
                }
            }), onSuccess, onError);
        }
    }
}
