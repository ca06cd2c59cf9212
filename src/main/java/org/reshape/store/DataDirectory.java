package org.reshape.store;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/// Where Reshape keeps its data on this computer, and which database file it opens.
///
/// The data directory is, first match wins:
///
/// 1. the system property `reshape.home` (`-Dreshape.home=/some/dir`), for tests and portable installs;
/// 2. Windows: `%APPDATA%\Reshape` (normally `C:\Users\<you>\AppData\Roaming\Reshape`);
/// 3. macOS: `~/Library/Application Support/Reshape`;
/// 4. Linux and other Unix: `$XDG_DATA_HOME/reshape` when `XDG_DATA_HOME` is set to an
///    absolute path, otherwise `~/.local/share/reshape`.
///
/// The database is, first match wins (see [#resolveDb(String)]):
///
/// 1. the `--db <file>` command-line option;
/// 2. the system property `reshape.db`;
/// 3. a `db=<file>` line in `<data directory>/settings.properties` (a relative path is
///    taken from the data directory, and `~/` from the home directory);
/// 4. `<data directory>/reshape`.
///
/// The path names H2's database without its extension: H2 stores `reshape` as the file
/// `reshape.mv.db`. A path given with `.mv.db` on the end means the same database.
public final class DataDirectory {
    public static final String HOME_PROPERTY = "reshape.home";
    public static final String DB_PROPERTY = "reshape.db";
    public static final String SETTINGS_FILE = "settings.properties";
    public static final String DEFAULT_DB_NAME = "reshape";

    private DataDirectory() {
    }

    /// The data directory for this user on this operating system. It may not exist yet.
    public static Path dataDir() {
        return dataDir(System.getProperty(HOME_PROPERTY), System.getProperty("os.name", ""), System.getenv(),
                System.getProperty("user.home"));
    }

    /// `<data directory>/logs/reshape.log`, where the desktop app logs (older days are
    /// kept beside it as `reshape-YYYY-MM-DD.N.log.gz`).
    public static Path logFile() {
        return dataDir().resolve("logs").resolve("reshape.log");
    }

    /// `<data directory>/settings.properties`.
    public static SettingsFile settings() {
        return SettingsFile.in(dataDir());
    }

    /// `<data directory>/reshape`, which H2 stores as `reshape.mv.db`.
    public static Path defaultDb() {
        return dataDir().resolve(DEFAULT_DB_NAME);
    }

    /// The database to open: `cliOverride` (the `--db` option, may be null or blank), else
    /// the `reshape.db` system property, else `db=` in `settings.properties`, else [#defaultDb()].
    ///
    /// @throws StoreException when `settings.properties` exists but cannot be read; falling
    ///         back to another file then would show the user someone else's, or no, data
    public static Path resolveDb(String cliOverride) {
        return resolveDb(cliOverride, System.getProperty(DB_PROPERTY), dataDir(), System.getProperty("user.home"));
    }

    static Path dataDir(String reshapeHome, String osName, Map<String, String> env, String userHome) {
        if (present(reshapeHome)) {
            return Path.of(reshapeHome).toAbsolutePath().normalize();
        }
        String os = osName.toLowerCase(Locale.ROOT);
        Path home = Path.of(userHome);
        if (os.startsWith("windows")) {
            String appData = env.get("APPDATA");
            Path roaming = present(appData) ? Path.of(appData) : home.resolve("AppData").resolve("Roaming");
            return roaming.resolve("Reshape");
        }
        if (os.startsWith("mac")) {
            return home.resolve("Library").resolve("Application Support").resolve("Reshape");
        }
        // The XDG spec says a relative XDG_DATA_HOME is invalid and must be ignored.
        String xdg = env.get("XDG_DATA_HOME");
        if (present(xdg) && Path.of(xdg).isAbsolute()) {
            return Path.of(xdg).resolve("reshape");
        }
        return home.resolve(".local").resolve("share").resolve("reshape");
    }

    static Path resolveDb(String cliOverride, String dbProperty, Path dataDir, String userHome) {
        if (present(cliOverride)) {
            return Path.of(expandHome(cliOverride.strip(), userHome)).toAbsolutePath().normalize();
        }
        if (present(dbProperty)) {
            return Path.of(expandHome(dbProperty.strip(), userHome)).toAbsolutePath().normalize();
        }
        // Read by hand (SettingsFile), so `db=C:\Users\me\reshape` keeps its backslashes.
        String fromSettings = SettingsFile.in(dataDir).get("db").orElse(null);
        if (present(fromSettings)) {
            return dataDir.resolve(expandHome(fromSettings.strip(), userHome)).toAbsolutePath().normalize();
        }
        return dataDir.resolve(DEFAULT_DB_NAME);
    }

    private static String expandHome(String path, String userHome) {
        if (path.equals("~")) {
            return userHome;
        }
        if (path.startsWith("~/") || path.startsWith("~\\")) {
            return userHome + path.substring(1);
        }
        return path;
    }

    private static boolean present(String s) {
        return s != null && !s.isBlank();
    }
}
