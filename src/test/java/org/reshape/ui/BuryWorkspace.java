package org.reshape.ui;

import org.reshape.domain.Model;
import org.reshape.io.Samples;
import org.reshape.store.ModelStore;
import org.reshape.ui.edit.EditActions;
import org.reshape.ui.edit.Editor;
import org.reshape.ui.workspace.Workspace;

/// The editing tests' starting point without a window: the Bury sample saved in a fresh in-memory store, open in a
/// workspace, with the real editor behind the edit actions. The caller closes the store.
public record BuryWorkspace(ModelStore store, Workspace workspace, EditActions actions) {

    /// @param name the in-memory database's name prefix (made unique per call)
    public static BuryWorkspace open(String name) {
        ModelStore store = ModelStore.inMemory(name + "-" + System.nanoTime());
        Model bury = Samples.load("bury-cyp-2024");
        store.saveModel(bury);
        Workspace workspace = new Workspace();
        workspace.modelProperty().set(bury);
        return new BuryWorkspace(store, workspace, new EditActions(workspace, new Editor(workspace, store)));
    }
}
