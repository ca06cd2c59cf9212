package org.reshape.edit;

import org.reshape.domain.Model;
import org.reshape.store.StoreTx;

/// One undoable change to the model. It knows its name (shown in the Edit
/// menu), how to do and undo itself on the immutable model, and how to write
/// either direction to the store — in one transaction, by [Editor].
public interface Command {
    String name();

    Model apply(Model model);

    Model revert(Model model);

    /// Writes the change (forward) or its undoing (backward).
    void write(StoreTx tx, boolean forward);
}
