package org.reshape.edit;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.reshape.domain.InvalidModelException;
import org.reshape.domain.Model;
import org.reshape.domain.ModelValidator;
import org.reshape.domain.Problem;
import org.reshape.store.ModelStore;
import org.reshape.store.StoreException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/// Runs commands, undo and redo (Scene Builder's JobManager), for the window
/// and the command line alike. Each command is checked against the model's
/// rules, written to the store in one transaction — only the rows it touches —
/// and only then published: what is shown is what is on disk, so a crash loses
/// at most the command in flight.
///
/// It holds no model of its own: it reads the current one from `current` and
/// hands the next one to its [Listener], so the window's workspace stays the one
/// place the model lives. Not thread-safe: call it from one thread.
public final class History {
    private static final Logger LOG = LoggerFactory.getLogger(History.class);

    /// Told of each new model (with what changed), and of each change to the history or its message.
    public interface Listener {
        void modelChanged(Model model, Touched touched);

        default void historyChanged() {
        }
    }

    private final ModelStore store;
    private final Supplier<Model> current;
    private final Listener listener;
    private final Deque<Command> undo = new ArrayDeque<>();
    private final Deque<Command> redo = new ArrayDeque<>();
    private String message = "";
    private int revision;

    /// @param store   where every command is saved; null keeps edits in memory only (tests of the window alone)
    /// @param current the model as it is now
    public History(ModelStore store, Supplier<Model> current, Listener listener) {
        this.store = store;
        this.current = current;
        this.listener = listener;
    }

    /// Does a command; returns false, with the reason in [#message()], when it is refused.
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

    /// Opens another model: saves it whole (one transaction) and publishes it, with a fresh history.
    public boolean open(Model model) {
        try {
            ModelValidator.requireValid(model);
            if (store != null) {
                store.saveModel(model);
            }
        } catch (InvalidModelException | StoreException e) {
            say("Not opened: " + e.getMessage());
            return false;
        }
        listener.modelChanged(model, Touched.all(model));
        undo.clear();
        redo.clear();
        changed("Opened " + model.name());
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
        say(why);
    }

    public Model model() {
        return current.get();
    }

    public boolean canUndo() {
        return !undo.isEmpty();
    }

    public boolean canRedo() {
        return !redo.isEmpty();
    }

    /// The name of the command undo would undo, or empty.
    public Optional<String> undoName() {
        return Optional.ofNullable(undo.peek()).map(Command::name);
    }

    public Optional<String> redoName() {
        return Optional.ofNullable(redo.peek()).map(Command::name);
    }

    /// What the last command, undo, redo or refusal said.
    public String message() {
        return message;
    }

    /// Goes up by one with each command, undo, redo or clear.
    public int revision() {
        return revision;
    }

    private boolean run(Command c, boolean forward) {
        Model before = current.get();
        Model after;
        try {
            after = forward ? c.apply(before) : c.revert(before);
            Touched t = c.touched();
            // a command that only put or removed posts is checked for those posts, not all 100,000
            List<Problem> problems = t.parts().isEmpty() && t.scenarios().isEmpty()
                    ? ModelValidator.validateEdit(before, after, t.posts()) : ModelValidator.validate(after);
            if (!problems.isEmpty()) {
                throw new InvalidModelException(problems);
            }
        } catch (InvalidModelException | IllegalArgumentException | IllegalStateException e) {
            say("Not done: " + e.getMessage());
            return false;
        }
        if (store != null) {
            try {
                store.transaction(before.id(), tx -> c.write(tx, forward));
            } catch (StoreException e) {
                LOG.error("could not save {}", c.name(), e);
                say("Not saved, so not done: " + e.getMessage());
                return false;
            }
        }
        listener.modelChanged(after, c.touched());
        return true;
    }

    private void say(String text) {
        message = text;
        listener.historyChanged();
    }

    private void changed(String text) {
        revision++;
        say(text);
    }
}
