package org.reshape.ui.app;

import java.util.function.BooleanSupplier;
import java.util.function.LongConsumer;
import javafx.application.Platform;
import javafx.scene.Scene;

/// Process start to the first frame that shows something: the pulse that lays
/// out a scene once `ready` holds is the one whose frame is painted next. With
/// the system property `reshape.startbench` set to a file, also writes the
/// milliseconds there and quits: how `StartBench` times a start.
public final class FirstFrame {
    /// The system property that makes a start print its time and quit.
    public static final String BENCH = "reshape.startbench";

    private FirstFrame() {
    }

    /// Calls `then` once, with the milliseconds since the process started, after the first
    /// laid-out pulse of `scene` at which `ready` holds.
    public static void whenPainted(Scene scene, BooleanSupplier ready, LongConsumer then) {
        Runnable[] listener = new Runnable[1];
        listener[0] = () -> {
            if (!ready.getAsBoolean()) {
                return;
            }
            scene.removePostLayoutPulseListener(listener[0]);
            // the frame of this pulse is rendered right after it; runLater runs after that
            Platform.runLater(() -> {
                long ms = ProcessHandle.current().info().startInstant()
                        .map(s -> java.time.Duration.between(s, java.time.Instant.now()).toMillis()).orElse(-1L);
                then.accept(ms);
                String file = System.getProperty(BENCH);
                if (file != null) {
                    try {
                        java.nio.file.Files.writeString(java.nio.file.Path.of(file), Long.toString(ms));
                    } catch (java.io.IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                    Platform.exit();
                }
            });
        };
        scene.addPostLayoutPulseListener(listener[0]);
        Platform.requestNextPulse();
    }
}
