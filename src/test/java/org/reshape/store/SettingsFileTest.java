package org.reshape.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsFileTest {
    @TempDir
    Path dir;

    @Test
    void put_appendsAKey_andKeepsTheUsersLinesAndBackslashes() throws IOException {
        Files.writeString(dir.resolve("settings.properties"), "# my settings\ndb=C:\\Users\\pat\\reshape\n");
        SettingsFile settings = SettingsFile.in(dir);

        settings.put("showWelcome", "false");

        assertThat(Files.readAllLines(dir.resolve("settings.properties")))
                .containsExactly("# my settings", "db=C:\\Users\\pat\\reshape", "showWelcome=false");
        assertThat(settings.get("showWelcome")).contains("false");
        assertThat(DataDirectory.resolveDb(null, null, dir, "/home/pat"))
                .as("the db= line still works after a write, backslashes and all")
                .isEqualTo(dir.resolve("C:\\Users\\pat\\reshape").toAbsolutePath().normalize());
    }

    @Test
    void put_replacesTheLineThatSetsTheKey() throws IOException {
        Files.writeString(dir.resolve("settings.properties"), " showWelcome = true\ndb=x\n");
        SettingsFile.in(dir).put("showWelcome", "false");
        assertThat(Files.readAllLines(dir.resolve("settings.properties"))).containsExactly("showWelcome=false", "db=x");
    }

    @Test
    void put_createsTheDataDirectoryOnAFirstStart() {
        Path fresh = dir.resolve("new").resolve("reshape");
        SettingsFile.in(fresh).put("showWelcome", "false");
        assertThat(SettingsFile.in(fresh).get("showWelcome")).contains("false");
    }

    @Test
    void get_isEmptyWithoutTheFileOrTheKey() throws IOException {
        assertThat(SettingsFile.in(dir).get("db")).isEmpty();
        Files.writeString(dir.resolve("settings.properties"), "#db=commented\n");
        assertThat(SettingsFile.in(dir).get("db")).isEmpty();
    }
}
