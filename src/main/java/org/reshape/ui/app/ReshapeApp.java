package org.reshape.ui.app;

import atlantafx.base.theme.PrimerLight;
import java.nio.file.Path;
import java.util.List;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.stage.Stage;
import org.reshape.domain.Model;
import org.reshape.io.Samples;
import org.reshape.store.DataDirectory;
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
/// and shows the first model in Compare mode.
public final class ReshapeApp extends Application {
    private static final Logger LOG = LoggerFactory.getLogger(ReshapeApp.class);
    public static final String FIRST_SAMPLE = "bury-cyp-2024";

    private ModelStore store;

    public static void main(String[] args) {
        launch(args);
    }

    @Override
    public void start(Stage stage) {
        Path db;
        try {
            db = DataDirectory.resolveDb(dbOption(getParameters().getRaw()));
            store = ModelStore.open(db);
        } catch (StoreException | IllegalArgumentException e) {
            LOG.error("cannot open the database", e);
            Alert alert = new Alert(Alert.AlertType.ERROR, e.getMessage());
            alert.setHeaderText("Reshape cannot open its database");
            alert.showAndWait();
            Platform.exit();
            return;
        }
        Workspace workspace = new Workspace();
        workspace.modelProperty().set(firstModel(store));
        show(stage, workspace, new EditActions(workspace, new Editor(workspace, store)), db.toString());
    }

    /// Builds the window for a workspace; used by the app and by the UI tests.
    public static MainWindow show(Stage stage, Workspace workspace, EditActions actions, String where) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        MainWindow window = new MainWindow(workspace, actions);
        Scene scene = new Scene(window, 1600, 950);
        scene.getStylesheets().add(ReshapeApp.class.getResource("/org/reshape/ui/reshape.css").toExternalForm());
        stage.setScene(scene);
        stage.setTitle("Reshape — " + workspace.model().name() + (where == null ? "" : " (" + where + ")"));
        stage.show();
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

    static String dbOption(List<String> args) {
        for (int i = 0; i < args.size(); i++) {
            if (args.get(i).equals("--db")) {
                if (i + 1 >= args.size()) {
                    throw new IllegalArgumentException("--db needs a file path");
                }
                return args.get(i + 1);
            }
            if (args.get(i).startsWith("--db=")) {
                return args.get(i).substring(5);
            }
        }
        return null;
    }

    @Override
    public void stop() {
        if (store != null) {
            store.close();
        }
    }
}
