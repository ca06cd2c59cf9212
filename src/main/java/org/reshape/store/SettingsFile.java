package org.reshape.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.reshape.files.PrivateFiles;

/// `settings.properties` in the data directory: `key=value` lines that a user may
/// also edit by hand (`db=`, see [DataDirectory]; `showWelcome=`).
///
/// Read and written line by line, not with [java.util.Properties]: Properties
/// treats a backslash as an escape and would turn `db=C:\Users\me\reshape` into
/// nonsense, and storing would drop the user's comments and reorder their lines.
/// [#put] changes or appends one line and keeps every other line as it was.
public final class SettingsFile {
    private final Path file;

    public SettingsFile(Path file) {
        this.file = file;
    }

    /// The settings file of a data directory.
    public static SettingsFile in(Path dataDir) {
        return new SettingsFile(dataDir.resolve(DataDirectory.SETTINGS_FILE));
    }

    public Path file() {
        return file;
    }

    /// The value of the last `key=` line (as in a properties file), untrimmed on the
    /// right of `=`; empty when the file or the key is missing.
    ///
    /// @throws StoreException when the file exists but cannot be read
    public Optional<String> get(String key) {
        String value = null;
        for (String line : lines()) {
            int eq = keyEnd(line, key);
            if (eq >= 0) {
                value = line.strip().substring(eq + 1);
            }
        }
        return Optional.ofNullable(value);
    }

    /// Sets `key` to `value`: replaces the last `key=` line, or appends one, and keeps
    /// the other lines. The file is replaced whole, so a crash never leaves half of it.
    ///
    /// @throws StoreException when the file cannot be read or written
    public void put(String key, String value) {
        List<String> lines = new ArrayList<>(lines());
        int at = -1;
        for (int i = 0; i < lines.size(); i++) {
            if (keyEnd(lines.get(i), key) >= 0) {
                at = i;
            }
        }
        String line = key + "=" + value;
        if (at >= 0) {
            lines.set(at, line);
        } else {
            lines.add(line);
        }
        try {
            PrivateFiles.createDirectories(file.toAbsolutePath().getParent());
            PrivateFiles.writeString(file, String.join(System.lineSeparator(), lines) + System.lineSeparator());
        } catch (IOException e) {
            throw new StoreException("Could not save the setting " + key + " in " + file + ": " + e.getMessage(), e);
        }
    }

    private List<String> lines() {
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            return List.of();
        } catch (IOException e) {
            throw new StoreException("Could not read the settings file " + file + ": " + e.getMessage(), e);
        }
    }

    /// The index of `=` in the stripped line when the line sets `key`, else -1.
    private static int keyEnd(String line, String key) {
        String t = line.strip();
        int eq = t.indexOf('=');
        if (t.startsWith("#") || t.startsWith("!") || eq < 0) {
            return -1;
        }
        return t.substring(0, eq).strip().equals(key) ? eq : -1;
    }
}
