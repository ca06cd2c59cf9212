package org.reshape.ui.app;

import java.nio.file.Path;
import org.reshape.store.DataDirectory;

/// What Help ▸ About and the error dialog tell: the version and where Reshape keeps
/// its data and its log on this computer.
///
/// @param version the jar manifest's `Implementation-Version`, or "development build"
/// @param dataDir the data directory ([DataDirectory#dataDir()])
/// @param logFile the desktop app's log ([DataDirectory#logFile()])
public record AppInfo(String version, Path dataDir, Path logFile) {

    /// For this run: read from the manifest and the data directory settings.
    public static AppInfo current() {
        return new AppInfo(runningVersion(), DataDirectory.dataDir(), DataDirectory.logFile());
    }

    /// The `Implementation-Version` of the jar Reshape runs from; a build run from
    /// classes (an IDE, `./mvnw javafx:run` before `package`) has none.
    public static String runningVersion() {
        String v = AppInfo.class.getPackage().getImplementationVersion();
        return v == null || v.isBlank() ? "development build" : v;
    }
}
