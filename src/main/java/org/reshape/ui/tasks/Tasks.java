package org.reshape.ui.tasks;

import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyDoubleProperty;
import org.reshape.io.imports.Progress;

/// The one way the window runs slow work (imports, exports) off the JavaFX
/// thread, with progress and cancel (Cryptomator's Tasks). Results and errors
/// come back on the JavaFX thread. [SameThreadTasks] runs work at once, for tests.
public interface Tasks {

    /// A running piece of work.
    interface Job {
        /// From 0 to 1, or −1 while unknown.
        ReadOnlyDoubleProperty progress();

        void cancel();
    }

    <T> Job run(String title, Function<Progress, T> work, Consumer<T> onSuccess, Consumer<Throwable> onError);
}
