package org.reshape.ui.edit;

import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import org.reshape.domain.Model;
import org.reshape.edit.Command;
import org.reshape.edit.History;
import org.reshape.edit.Touched;
import org.reshape.store.ModelStore;
import org.reshape.ui.workspace.Workspace;

/// The window's face of the [History]: the same commands, undo and redo as the
/// command line, with the history's state as properties for menus and the
/// status bar, and each new model handed to the [Workspace].
///
/// Commands run on the JavaFX thread: one post takes well under a millisecond
/// to save (see `StoreBench`), and keeping the window and the file in step is
/// worth more than a background queue whose failures would have to be unwound.
public final class Editor {
    private final Workspace workspace;
    private final History history;
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper(this, "canUndo");
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper(this, "canRedo");
    private final ReadOnlyStringWrapper undoName = new ReadOnlyStringWrapper(this, "undoName", "");
    private final ReadOnlyStringWrapper redoName = new ReadOnlyStringWrapper(this, "redoName", "");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final IntegerProperty revision = new SimpleIntegerProperty(this, "revision");

    /// @param store where every command is saved; null keeps edits in memory only (tests of the window alone)
    public Editor(Workspace workspace, ModelStore store) {
        this.workspace = workspace;
        this.history = new History(store, workspace::model, new History.Listener() {
            @Override
            public void modelChanged(Model model, Touched touched) {
                workspace.update(model, touched);
            }

            @Override
            public void historyChanged() {
                sync();
            }
        });
    }

    /// The history this editor shows, for code that runs commands without the window's properties.
    public History history() {
        return history;
    }

    /// Does a command; returns false, with the reason in [#messageProperty()], when it is refused.
    public boolean execute(Command c) {
        return history.execute(c);
    }

    public boolean undo() {
        return history.undo();
    }

    public boolean redo() {
        return history.redo();
    }

    /// Opens another model: saves it whole (one transaction) and shows it, with a fresh history.
    public boolean open(Model model) {
        String selected = workspace.selectedKeyProperty().get();
        workspace.selectedKeyProperty().set(null);
        if (!history.open(model)) {
            workspace.selectedKeyProperty().set(selected);
            return false;
        }
        return true;
    }

    /// Forgets the history, e.g. when another model is opened.
    public void clear() {
        history.clear();
    }

    /// Reports a refusal that happened before any command was made (a cycle on drop, a locked baseline).
    public void refuse(String why) {
        history.refuse(why);
        notice.set(new Notice(why, ++noticeSerial));
    }

    /// A message to show for a moment where the user is looking (a refused drop, "Exported …");
    /// the serial tells two equal messages apart.
    public record Notice(String text, long serial) {
    }

    private final javafx.beans.property.ReadOnlyObjectWrapper<Notice> notice = new javafx.beans.property.ReadOnlyObjectWrapper<>(this, "notice");
    private long noticeSerial;

    /// Each message given to [#refuse], as it comes.
    public javafx.beans.property.ReadOnlyObjectProperty<Notice> noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    private void sync() {
        canUndo.set(history.canUndo());
        canRedo.set(history.canRedo());
        undoName.set(history.undoName().orElse(""));
        redoName.set(history.redoName().orElse(""));
        revision.set(history.revision());
        // Set last: a listener on the message sees the rest already up to date.
        message.set(history.message());
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canRedoProperty() {
        return canRedo.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty undoNameProperty() {
        return undoName.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty redoNameProperty() {
        return redoName.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty revisionProperty() {
        return revision;
    }
}
