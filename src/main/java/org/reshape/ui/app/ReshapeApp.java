package org.reshape.ui.app;

import atlantafx.base.theme.PrimerLight;
import java.nio.file.Path;
import java.util.List;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import org.reshape.domain.Model;
import org.reshape.io.Samples;
import org.reshape.io.json.ModelFileException;
import org.reshape.store.DataDirectory;
import org.reshape.store.SettingsFile;
import org.reshape.store.ModelStore;
import org.reshape.store.ModelSummary;
import org.reshape.store.StoreException;
import org.reshape.ui.edit.EditActions;
import org.reshape.ui.edit.Editor;
import org.reshape.ui.workspace.Workspace;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/// The desktop application. Opens the embedded database (the user's data
/// directory, or `--db PATH`), puts the Bury sample in it on the first start,
/// and shows the first model in Compare mode, or the model file it was given
/// (`reshape path/to/model.reshape.json`, which is what a double-click runs).
///
/// Started through [Launcher], which sets up logging first.
public final class ReshapeApp extends Application {
    private static final Logger LOG = LoggerFactory.getLogger(ReshapeApp.class);
    public static final String FIRST_SAMPLE = "bury-cyp-2024";

    private ModelStore store;

    public static void main(String[] args) {
        Launcher.main(args);
    }

    /// Opens the database, asking for its password first when it is encrypted, or for a new password when
    /// `settings.properties` says `encrypt=true` and the database is still to be made. Null when the user cancels.
    private static ModelStore openStore(Path db) {
        boolean encrypted = ModelStore.isEncrypted(db);
        boolean create = !encrypted && !ModelStore.exists(db)
                && DataDirectory.settings().get("encrypt").map(v -> v.strip().equalsIgnoreCase("true")).orElse(false);
        if (!encrypted && !create) {
            return StoreOpening.take(db); // opened while JavaFX started
        }
        String problem = null;
        while (true) {
            java.util.Optional<char[]> password = PasswordPrompt.ask(db, create, problem);
            if (password.isEmpty()) {
                return null;
            }
            try {
                return ModelStore.open(db, password.get());
            } catch (org.reshape.store.StorePasswordException e) {
                problem = e.getMessage();
            } finally {
                java.util.Arrays.fill(password.get(), '\0');
            }
        }
    }

    @Override
    public void start(Stage stage) {
        // The FX thread's own handler: an exception in an event handler goes to it.
        CrashHandler.install(DataDirectory.logFile());
        try {
            open(stage);
        } catch (RuntimeException e) {
            // Exceptions from start() would end the app with a stack trace on stderr only.
            LOG.error("Reshape could not start", e);
            Alert alert = ErrorDialog.create(Thread.currentThread(), e, DataDirectory.logFile());
            alert.setHeaderText("Reshape could not start");
            AppIcons.apply(alert).showAndWait();
            Platform.exit();
        }
    }

    private void open(Stage stage) {
        StartArgs args;
        Path db;
        try {
            args = StartArgs.parse(getParameters().getRaw());
            db = DataDirectory.resolveDb(args.db());
            store = openStore(db);
            if (store == null) {
                Platform.exit(); // the user cancelled the password
                return;
            }
        } catch (StoreException | IllegalArgumentException e) {
            LOG.error("cannot open the database", e);
            Alert alert = new Alert(Alert.AlertType.ERROR, e.getMessage());
            alert.setHeaderText("Reshape cannot open its database");
            AppIcons.apply(alert).showAndWait();
            Platform.exit();
            return;
        }
        Model model = null;
        String problem = null;
        Path file = args.modelFile();
        if (file != null) {
            try {
                model = ModelFileImport.open(store, file, stored -> confirmReplace(stored, file));
            } catch (ModelFileException | StoreException e) {
                LOG.warn("could not open {}: {}", file, e.getMessage());
                problem = e.getMessage();
            }
        }
        if (model == null) {
            model = firstModel(store);
        }
        Workspace workspace = new Workspace();
        workspace.modelProperty().set(model);
        MainWindow window = show(stage, workspace, new EditActions(workspace, new Editor(workspace, store)), db.toString(),
                WindowMemory.in(DataDirectory.settings()), Screen.getPrimary().getVisualBounds());
        // the budget in DESIGN.md: app start to first painted chart; the log says how long it took
        FirstFrame.whenPainted(stage.getScene(), () -> !window.visibleCharts().isEmpty()
                && window.visibleCharts().getFirst().canvas().chartSceneProperty().get() != null,
                ms -> LOG.info("first chart painted {} ms after the process started", ms));
        SettingsFile settings = DataDirectory.settings();
        if (WelcomeBanner.wanted(settings)) {
            window.showBanner(new WelcomeBanner(settings, model.id().equals(FIRST_SAMPLE)));
        }
        if (problem != null) {
            Alert alert = new Alert(Alert.AlertType.ERROR, problem + "\n\nReshape opened " + model.name() + " instead.");
            alert.getDialogPane().setId("open-file-error");
            alert.setTitle("Reshape");
            alert.setHeaderText("Reshape could not open " + file.getFileName());
            alert.initOwner(stage);
            AppIcons.apply(alert).show();
        }
    }

    /// Asked when the model file holds a model the database has, with other content.
    private static boolean confirmReplace(Model stored, Path file) {
        ButtonType replace = new ButtonType("Replace it with the file", ButtonBar.ButtonData.OK_DONE);
        ButtonType keep = new ButtonType("Keep the one in the database", ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, file.getFileName() + " holds " + stored.name()
                + ", which your database has too, with other content. Replacing it loses the changes made to it"
                + " in Reshape since the file was saved.", replace, keep);
        alert.setTitle("Reshape");
        alert.setHeaderText("Replace " + stored.name() + " in your database?");
        return AppIcons.apply(alert).showAndWait().filter(b -> b == replace).isPresent();
    }

    /// Builds the window for a workspace; used by the app and by the UI tests.
    public static MainWindow show(Stage stage, Workspace workspace, EditActions actions, String where) {
        return show(stage, workspace, actions, where, WindowMemory.session(), Screen.getPrimary().getVisualBounds());
    }

    /// Builds the window where it was left (see [WindowMemory]) on a screen whose
    /// visible area is `visible`, never larger than that.
    public static MainWindow show(Stage stage, Workspace workspace, EditActions actions, String where, WindowMemory memory,
                                  Rectangle2D visible) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        EscapeCloses.install();
        MainWindow window = new MainWindow(workspace, actions, memory);
        Rectangle2D place = memory.placement(visible);
        Scene scene = new Scene(window, place.getWidth(), place.getHeight());
        stage.setX(place.getMinX());
        stage.setY(place.getMinY());
        stage.setMaximized(memory.maximized());
        stage.addEventHandler(WindowEvent.WINDOW_HIDING, e -> {
            window.rememberWidths();
            memory.rememberBounds(new Rectangle2D(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight()), stage.isMaximized());
        });
        scene.getStylesheets().add(ReshapeApp.class.getResource("/org/reshape/ui/reshape.css").toExternalForm());
        stage.setScene(scene);
        AppIcons.apply(stage);
        stage.setTitle("Reshape — " + workspace.model().name() + (where == null ? "" : " (" + where + ")"));
        stage.show();
        if (!stage.isMaximized()) {
            // the outer size, title bar and borders included, is what must fit the screen
            stage.setX(place.getMinX());
            stage.setY(place.getMinY());
            stage.setWidth(place.getWidth());
            stage.setHeight(place.getHeight());
        }
        return window;
    }

    /// The first model in the store; on a first start, the shipped sample.
    static Model firstModel(ModelStore store) {
        List<ModelSummary> models = store.listModels();
        if (models.isEmpty()) {
            Model sample = Samples.load(FIRST_SAMPLE);
            store.saveModel(sample);
            LOG.info("first start: saved the {} sample to {}", FIRST_SAMPLE, store.location());
            return sample;
        }
        return store.loadModel(models.getFirst().id()).orElseThrow();
    }

    @Override
    public void stop() {
        if (store != null) {
            store.close();
        }
    }
}
