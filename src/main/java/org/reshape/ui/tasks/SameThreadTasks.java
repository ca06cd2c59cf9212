package org.reshape.ui.tasks;

import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.SimpleDoubleProperty;
import org.reshape.io.imports.Progress;

/// Runs work at once on the calling thread: for tests, where waiting for a
/// background thread would only make them slower and flakier.
public final class SameThreadTasks implements Tasks {
    @Override
    public <T> Job run(String title, Function<Progress, T> work, Consumer<T> onSuccess, Consumer<Throwable> onError) {
        SimpleDoubleProperty progress = new SimpleDoubleProperty(0);
        try {
            T result = work.apply(new Progress() {
                @Override
                public void worked(long done, long total) {
                    progress.set(total <= 0 ? -1 : (double) done / total);
                }

                @Override
                public boolean cancelled() {
                    return false;
                }
            });
            progress.set(1);
            onSuccess.accept(result);
        } catch (RuntimeException e) {
            onError.accept(e);
        }
        return new Job() {
            @Override
            public ReadOnlyDoubleProperty progress() {
                return progress;
            }

            @Override
            public void cancel() {
            }
        };
    }
}
