package org.reshape.edit;

import org.reshape.domain.Model;
import org.reshape.store.StoreTx;

/// One undoable change to the model. It knows its name (shown in the Edit
/// menu), how to do and undo itself on the immutable model, what it touches,
/// and how to write either direction to the store — only the rows it touches,
/// in one transaction, by [History].
public interface Command {
    String name();

    Model apply(Model model);

    Model revert(Model model);

    /// Writes the change (forward) or its undoing (backward): the rows of [#touched()] and no others.
    void write(StoreTx tx, boolean forward);

    /// What the command changes, the same both ways.
    Touched touched();
}
