package org.reshape.ui;

import javafx.stage.Stage;
import org.reshape.domain.Model;
import org.reshape.io.Samples;
import org.reshape.store.ModelStore;
import org.reshape.ui.app.MainWindow;
import org.reshape.ui.app.ReshapeApp;
import org.reshape.ui.edit.EditActions;
import org.reshape.ui.edit.Editor;
import org.reshape.ui.workspace.Mode;
import org.reshape.ui.workspace.Workspace;

/// The window tests' starting point: the Bury sample saved in a fresh in-memory
/// store and shown in the real window, in Proposed mode, with the real editor.
public record BuryWindow(ModelStore store, Workspace workspace, MainWindow window) {

    /// @param name the in-memory database's name prefix (made unique per call)
    public static BuryWindow show(Stage stage, String name) {
        ModelStore store = ModelStore.inMemory(name + "-" + System.nanoTime());
        Model bury = Samples.load("bury-cyp-2024");
        store.saveModel(bury);
        Workspace workspace = new Workspace();
        workspace.modelProperty().set(bury);
        workspace.modeProperty().set(Mode.PROPOSED);
        MainWindow window = ReshapeApp.show(stage, workspace, new EditActions(workspace, new Editor(workspace, store)), null);
        return new BuryWindow(store, workspace, window);
    }
}
