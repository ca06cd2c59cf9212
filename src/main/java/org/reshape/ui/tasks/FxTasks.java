package org.reshape.ui.tasks;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.concurrent.Task;
import org.reshape.io.imports.Progress;

/// Runs work on one background thread, so imports never overlap.
public final class FxTasks implements Tasks {
    private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "reshape-tasks");
        t.setDaemon(true);
        return t;
    });

    @Override
    public <T> Job run(String title, Function<Progress, T> work, Consumer<T> onSuccess, Consumer<Throwable> onError) {
        Task<T> task = new Task<>() {
            @Override
            protected T call() {
                updateTitle(title);
                return work.apply(new Progress() {
                    @Override
                    public void worked(long done, long total) {
                        updateProgress(done, total);
                    }

                    @Override
                    public boolean cancelled() {
                        return isCancelled();
                    }
                });
            }
        };
        task.setOnSucceeded(e -> onSuccess.accept(task.getValue()));
        task.setOnFailed(e -> onError.accept(task.getException()));
        task.setOnCancelled(e -> onError.accept(new java.util.concurrent.CancellationException(title + " cancelled")));
        executor.execute(task);
        return new Job() {
            @Override
            public ReadOnlyDoubleProperty progress() {
                return task.progressProperty();
            }

            @Override
            public void cancel() {
                task.cancel(false);
            }
        };
    }
}
