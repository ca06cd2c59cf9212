package org.reshape.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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
        Path settings = dataDir.resolve(SETTINGS_FILE);
        if (Files.isRegularFile(settings)) {
            String fromSettings = readDbSetting(settings);
            if (present(fromSettings)) {
                return dataDir.resolve(expandHome(fromSettings.strip(), userHome)).toAbsolutePath().normalize();
            }
        }
        return dataDir.resolve(DEFAULT_DB_NAME);
    }

    /// The value of the `db=` line. Read by hand, not with [java.util.Properties], because
    /// Properties treats a backslash as an escape and would turn `db=C:\Users\me\reshape` into nonsense.
    private static String readDbSetting(Path settings) {
        List<String> lines;
        try {
            lines = Files.readAllLines(settings, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new StoreException("Could not read the settings file " + settings + ": " + e.getMessage(), e);
        }
        String value = null;
        for (String line : lines) {
            String t = line.strip();
            int eq = t.indexOf('=');
            if (t.startsWith("#") || t.startsWith("!") || eq < 0) {
                continue;
            }
            if (t.substring(0, eq).strip().equals("db")) {
                value = t.substring(eq + 1); // the last one wins, as in a properties file
            }
        }
        return value;
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
