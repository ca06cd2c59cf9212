package org.reshape.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DataDirectoryTest {
    private static final String HOME = "/home/pat";

    @TempDir
    Path dir;

    @Test
    void linux_usesXdgDataHome_whenItIsAbsolute() {
        assertThat(DataDirectory.dataDir(null, "Linux", Map.of("XDG_DATA_HOME", "/data/pat"), HOME))
                .isEqualTo(Path.of("/data/pat/reshape"));
    }

    @Test
    void linux_fallsBackToLocalShare_whenXdgDataHomeIsUnsetOrRelative() {
        assertThat(DataDirectory.dataDir(null, "Linux", Map.of(), HOME))
                .isEqualTo(Path.of("/home/pat/.local/share/reshape"));
        assertThat(DataDirectory.dataDir(null, "Linux", Map.of("XDG_DATA_HOME", "relative/dir"), HOME))
                .isEqualTo(Path.of("/home/pat/.local/share/reshape"));
    }

    @Test
    void macOs_usesApplicationSupport() {
        assertThat(DataDirectory.dataDir(null, "Mac OS X", Map.of("XDG_DATA_HOME", "/ignored"), HOME))
                .isEqualTo(Path.of("/home/pat/Library/Application Support/Reshape"));
    }

    @Test
    void windows_usesAppData_orRoamingUnderTheHomeWithoutIt() {
        assertThat(DataDirectory.dataDir(null, "Windows 11", Map.of("APPDATA", "/c/Users/pat/AppData/Roaming"), HOME))
                .isEqualTo(Path.of("/c/Users/pat/AppData/Roaming/Reshape"));
        assertThat(DataDirectory.dataDir(null, "Windows 11", Map.of(), HOME))
                .isEqualTo(Path.of("/home/pat/AppData/Roaming/Reshape"));
    }

    @Test
    void reshapeHomeProperty_overridesTheOperatingSystem() {
        assertThat(DataDirectory.dataDir("/opt/reshape-data", "Windows 11", Map.of("APPDATA", "/x"), HOME))
                .isEqualTo(Path.of("/opt/reshape-data"));
    }

    @Test
    void resolveDb_prefersTheCommandLine_thenTheProperty() throws IOException {
        Files.writeString(dir.resolve("settings.properties"), "db=/from/settings\n");

        assertThat(DataDirectory.resolveDb("/from/cli/model", "/from/property", dir, HOME))
                .isEqualTo(Path.of("/from/cli/model"));
        assertThat(DataDirectory.resolveDb("  ", "/from/property", dir, HOME)).isEqualTo(Path.of("/from/property"));
        assertThat(DataDirectory.resolveDb("~/models/bury", null, dir, HOME))
                .isEqualTo(Path.of("/home/pat/models/bury"));
    }

    @Test
    void resolveDb_readsTheDbLineOfTheSettingsFile() throws IOException {
        Files.writeString(dir.resolve("settings.properties"), "# Reshape settings\ntheme = dark\n db = /shared/team\n");

        assertThat(DataDirectory.resolveDb(null, null, dir, HOME)).isEqualTo(Path.of("/shared/team"));
    }

    @Test
    void resolveDb_takesARelativeSettingFromTheDataDirectory_andKeepsBackslashes() throws IOException {
        Files.writeString(dir.resolve("settings.properties"), "db=archive\\2023\n");

        assertThat(DataDirectory.resolveDb(null, null, dir, HOME)).isEqualTo(dir.resolve("archive\\2023"));
    }

    @Test
    void resolveDb_defaultsToReshapeInTheDataDirectory() throws IOException {
        assertThat(DataDirectory.resolveDb(null, null, dir, HOME)).isEqualTo(dir.resolve("reshape"));
        Files.writeString(dir.resolve("settings.properties"), "db=\n");
        assertThat(DataDirectory.resolveDb(null, null, dir, HOME)).isEqualTo(dir.resolve("reshape"));
    }

    @Test
    void resolveDb_saysWhichSettingsFileItCouldNotRead() throws IOException {
        Path settings = dir.resolve("settings.properties");
        Files.write(settings, new byte[] {(byte) 0xC3, (byte) 0x28}); // not UTF-8

        assertThatThrownBy(() -> DataDirectory.resolveDb(null, null, dir, HOME))
                .isInstanceOf(StoreException.class).hasMessageContaining(settings.toString());
    }

    @Test
    void publicEntryPoints_useTheReshapeProperties() {
        String oldHome = System.getProperty(DataDirectory.HOME_PROPERTY);
        String oldDb = System.getProperty(DataDirectory.DB_PROPERTY);
        try {
            System.setProperty(DataDirectory.HOME_PROPERTY, dir.toString());
            System.clearProperty(DataDirectory.DB_PROPERTY);
            assertThat(DataDirectory.dataDir()).isEqualTo(dir);
            assertThat(DataDirectory.defaultDb()).isEqualTo(dir.resolve("reshape"));
            assertThat(DataDirectory.resolveDb(null)).isEqualTo(dir.resolve("reshape"));
            System.setProperty(DataDirectory.DB_PROPERTY, dir.resolve("other").toString());
            assertThat(DataDirectory.resolveDb(null)).isEqualTo(dir.resolve("other"));
        } finally {
            restore(DataDirectory.HOME_PROPERTY, oldHome);
            restore(DataDirectory.DB_PROPERTY, oldDb);
        }
    }

    private static void restore(String key, String value) {
        if (value == null) {
            System.clearProperty(key);
        } else {
            System.setProperty(key, value);
        }
    }
}
