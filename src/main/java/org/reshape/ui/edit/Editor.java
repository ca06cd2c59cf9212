package org.reshape.ui.edit;

import org.reshape.edit.Command;

import java.util.ArrayDeque;
import java.util.Deque;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.reshape.domain.InvalidModelException;
import org.reshape.domain.Model;
import org.reshape.domain.ModelValidator;
import org.reshape.store.ModelStore;
import org.reshape.store.StoreException;
import org.reshape.ui.workspace.Workspace;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/// Runs commands, undo and redo (Scene Builder's JobManager). Each command is
/// checked against the model's rules, written to the store in one transaction
/// and only then shown: what the window shows is what is on disk, so a crash
/// loses at most the command in flight.
///
/// Writes happen on the JavaFX thread: one post takes well under a millisecond
/// (see `StoreBench`), and keeping the window and the file in step is worth
/// more than a background queue whose failures would have to be unwound.
public final class Editor {
    private static final Logger LOG = LoggerFactory.getLogger(Editor.class);

    private final Workspace workspace;
    private final ModelStore store;
    private final Deque<Command> undo = new ArrayDeque<>();
    private final Deque<Command> redo = new ArrayDeque<>();
    private final BooleanProperty canUndo = new SimpleBooleanProperty(this, "canUndo");
    private final BooleanProperty canRedo = new SimpleBooleanProperty(this, "canRedo");
    private final StringProperty undoName = new SimpleStringProperty(this, "undoName", "");
    private final StringProperty redoName = new SimpleStringProperty(this, "redoName", "");
    private final StringProperty message = new SimpleStringProperty(this, "message", "");
    private final IntegerProperty revision = new SimpleIntegerProperty(this, "revision");

    /// @param store where every command is saved; null keeps edits in memory only (tests of the window alone)
    public Editor(Workspace workspace, ModelStore store) {
        this.workspace = workspace;
        this.store = store;
    }

    /// Does a command; returns false, with the reason in [#messageProperty()], when it is refused.
    public boolean execute(Command c) {
        if (!run(c, true)) {
            return false;
        }
        undo.push(c);
        redo.clear();
        changed("Done: " + c.name());
        return true;
    }

    public boolean undo() {
        Command c = undo.peek();
        if (c == null || !run(c, false)) {
            return false;
        }
        redo.push(undo.pop());
        changed("Undone: " + c.name());
        return true;
    }

    public boolean redo() {
        Command c = redo.peek();
        if (c == null || !run(c, true)) {
            return false;
        }
        undo.push(redo.pop());
        changed("Redone: " + c.name());
        return true;
    }

    /// Opens another model: saves it whole (one transaction) and shows it, with a fresh history.
    public boolean open(Model model) {
        try {
            ModelValidator.requireValid(model);
            if (store != null) {
                store.saveModel(model);
            }
        } catch (InvalidModelException | StoreException e) {
            message.set("Not opened: " + e.getMessage());
            return false;
        }
        workspace.selectedKeyProperty().set(null);
        workspace.modelProperty().set(model);
        clear();
        message.set("Opened " + model.name());
        return true;
    }

    /// Forgets the history, e.g. when another model is opened.
    public void clear() {
        undo.clear();
        redo.clear();
        changed("");
    }

    /// Reports a refusal that happened before any command was made (a cycle on drop, a locked baseline).
    public void refuse(String why) {
        message.set(why);
    }

    private boolean run(Command c, boolean forward) {
        Model before = workspace.model();
        Model after;
        try {
            after = forward ? c.apply(before) : c.revert(before);
            ModelValidator.requireValid(after);
        } catch (InvalidModelException | IllegalArgumentException | IllegalStateException e) {
            message.set("Not done: " + e.getMessage());
            return false;
        }
        if (store != null) {
            try {
                store.transaction(before.id(), tx -> c.write(tx, forward));
            } catch (StoreException e) {
                LOG.error("could not save {}", c.name(), e);
                message.set("Not saved, so not done: " + e.getMessage());
                return false;
            }
        }
        workspace.modelProperty().set(after);
        return true;
    }

    private void changed(String text) {
        canUndo.set(!undo.isEmpty());
        canRedo.set(!redo.isEmpty());
        undoName.set(undo.isEmpty() ? "" : undo.peek().name());
        redoName.set(redo.isEmpty() ? "" : redo.peek().name());
        message.set(text);
        revision.set(revision.get() + 1);
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo;
    }

    public ReadOnlyBooleanProperty canRedoProperty() {
        return canRedo;
    }

    public ReadOnlyStringProperty undoNameProperty() {
        return undoName;
    }

    public ReadOnlyStringProperty redoNameProperty() {
        return redoName;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message;
    }

    public ReadOnlyIntegerProperty revisionProperty() {
        return revision;
    }
}
