package org.reshape.io.imports;

import java.util.concurrent.CancellationException;

/// How an import reports how far it has got and learns that the user gave up.
/// The window's import dialog drives a progress bar and a Cancel button with it;
/// the command line and tests pass [#NONE].
///
/// Importers call [#worked] every few thousand rows (from the importing thread)
/// and stop with a [CancellationException] as soon as [#cancelled] is true, having
/// built nothing: a cancelled import leaves no half-made scenario behind.
public interface Progress {

    /// Reports nothing and never cancels.
    Progress NONE = new Progress() {
        @Override
        public void worked(long done, long total) {
        }

        @Override
        public boolean cancelled() {
            return false;
        }
    };

    /// @param done  units done so far (bytes read, or rows for a spreadsheet)
    /// @param total units in all; `done` reaches it when the import has read everything
    void worked(long done, long total);

    /// Whether the user asked to stop.
    boolean cancelled();

    /// Throws [CancellationException] if the user asked to stop.
    default void checkCancelled() {
        if (cancelled()) {
            throw new CancellationException("import cancelled");
        }
    }
}
