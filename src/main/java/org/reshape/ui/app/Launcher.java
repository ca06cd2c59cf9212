package org.reshape.ui.app;

import javafx.application.Application;
import org.reshape.store.DataDirectory;
import org.slf4j.LoggerFactory;

/// The desktop app's main class: points logging at the rolling log file in the
/// data directory, installs the [CrashHandler], then starts [ReshapeApp].
///
/// A class apart from the [Application] because Java refuses to start an
/// `Application` subclass as the main class when JavaFX is on the class path, as
/// it is in the installed app, rather than on the module path.
public final class Launcher {
    /// The system property that `logback-desktop.xml` takes the log folder from.
    static final String LOG_DIR_PROPERTY = "reshape.logdir";

    private Launcher() {
    }

    public static void main(String[] args) {
        // Before anything logs: Logback reads its configuration once, on the first logger.
        // The command line and the tests keep logback.xml (standard error only).
        if (System.getProperty("logback.configurationFile") == null) {
            System.setProperty(LOG_DIR_PROPERTY, DataDirectory.logFile().getParent().toString());
            System.setProperty("logback.configurationFile", "logback-desktop.xml");
        }
        CrashHandler.install(DataDirectory.logFile());
        LoggerFactory.getLogger(Launcher.class).info("Reshape {} starting on Java {}, {} {}", AppInfo.runningVersion(),
                System.getProperty("java.runtime.version"), System.getProperty("os.name"), System.getProperty("os.version"));
        Application.launch(ReshapeApp.class, args);
    }
}
