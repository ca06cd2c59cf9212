package org.reshape.ui;

import javafx.stage.Stage;
import org.reshape.store.ModelStore;
import org.reshape.ui.app.MainWindow;
import org.reshape.ui.app.ReshapeApp;
import org.reshape.ui.workspace.Mode;
import org.reshape.ui.workspace.Workspace;

/// The window tests' starting point: the Bury sample saved in a fresh in-memory
/// store and shown in the real window, in Proposed mode, with the real editor.
public record BuryWindow(ModelStore store, Workspace workspace, MainWindow window) {

    /// @param name the in-memory database's name prefix (made unique per call)
    public static BuryWindow show(Stage stage, String name) {
        BuryWorkspace open = BuryWorkspace.open(name);
        open.workspace().modeProperty().set(Mode.PROPOSED);
        MainWindow window = ReshapeApp.show(stage, open.workspace(), open.actions(), null);
        return new BuryWindow(open.store(), open.workspace(), window);
    }
}
