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

    /// The data and log folders made `0700` and the log file `0600` before Logback opens it to append.
    ///
    /// @return why it could not, to log once logging has started; or null
    static String prepareLog(java.nio.file.Path logFile) {
        try {
            org.reshape.files.PrivateFiles.createDirectories(logFile.getParent());
            org.reshape.files.PrivateFiles.restrict(DataDirectory.dataDir());
            org.reshape.files.PrivateFiles.restrict(logFile.getParent());
            org.reshape.files.PrivateFiles.createFile(logFile);
            return null;
        } catch (java.io.IOException e) {
            return "could not make the log folder private: " + e.getMessage();
        }
    }

    public static void main(String[] args) {
        // Before anything logs: Logback reads its configuration once, on the first logger.
        // The command line and the tests keep logback.xml (standard error only).
        String logProblem = null;
        if (System.getProperty("logback.configurationFile") == null) {
            logProblem = prepareLog(DataDirectory.logFile());
            System.setProperty(LOG_DIR_PROPERTY, DataDirectory.logFile().getParent().toString());
            System.setProperty("logback.configurationFile", "logback-desktop.xml");
        }
        CrashHandler.install(DataDirectory.logFile());
        if (logProblem != null) {
            LoggerFactory.getLogger(Launcher.class).warn(logProblem);
        }
        LoggerFactory.getLogger(Launcher.class).info("Reshape {} starting on Java {}, {} {}", AppInfo.runningVersion(),
                System.getProperty("java.runtime.version"), System.getProperty("os.name"), System.getProperty("os.version"));
        StoreOpening.begin(args); // while the toolkit starts
        Application.launch(ReshapeApp.class, args);
    }
}
