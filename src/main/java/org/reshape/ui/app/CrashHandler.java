package org.reshape.ui.app;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/// Catches every error no code caught, on any thread: logs it and shows an
/// [ErrorDialog], so Reshape never fails silently or shows a bare stack trace.
///
/// Installed as the default handler and as the JavaFX thread's own, since the
/// toolkit hands an exception from an event handler to its thread's handler.
public final class CrashHandler implements Thread.UncaughtExceptionHandler {
    private static final Logger LOG = LoggerFactory.getLogger(CrashHandler.class);

    private final Path logFile;
    private final AtomicBoolean showing = new AtomicBoolean();
    private final AtomicInteger unseen = new AtomicInteger();

    public CrashHandler(Path logFile) {
        this.logFile = logFile;
    }

    /// Installs a handler as the default and as the current thread's.
    public static CrashHandler install(Path logFile) {
        CrashHandler handler = new CrashHandler(logFile);
        Thread.setDefaultUncaughtExceptionHandler(handler);
        Thread.currentThread().setUncaughtExceptionHandler(handler);
        return handler;
    }

    @Override
    public void uncaughtException(Thread thread, Throwable error) {
        try {
            LOG.error("uncaught error in thread {}", thread.getName(), error);
            Platform.runLater(() -> show(thread, error));
        } catch (IllegalStateException toolkitNotRunning) {
            // Before the window exists or after it closed: the log (and standard error) is all there is.
            LOG.debug("no dialog: the JavaFX toolkit is not running");
        } catch (Throwable t) {
            // A handler that throws would be replaced by the JVM's, which only prints to stderr.
            LOG.error("could not report an error", t);
        }
    }

    private void show(Thread thread, Throwable error) {
        // An error in a paint or layout pass can repeat on every frame: one dialog at a time.
        if (!showing.compareAndSet(false, true)) {
            int n = unseen.incrementAndGet();
            LOG.warn("{} more error(s) while the error dialog is open; they are in the log", n);
            return;
        }
        try {
            Alert alert = ErrorDialog.create(thread, error, logFile);
            alert.setOnHidden(e -> {
                showing.set(false);
                unseen.set(0);
            });
            // show(), not showAndWait(): showAndWait throws during animation or layout processing.
            alert.show();
        } catch (Throwable t) {
            showing.set(false);
            LOG.error("could not show the error dialog", t);
        }
    }
}
