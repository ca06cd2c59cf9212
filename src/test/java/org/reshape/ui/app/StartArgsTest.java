package org.reshape.ui.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class StartArgsTest {
    @Test
    void firstPlainArgument_isTheModelFile_besideTheDbOption() {
        assertThat(StartArgs.parse(List.of("--db", "/data/team", "/home/pat/bury.reshape.json")))
                .isEqualTo(new StartArgs("/data/team", Path.of("/home/pat/bury.reshape.json")));
        assertThat(StartArgs.parse(List.of("bury.reshape", "--db=/x")))
                .isEqualTo(new StartArgs("/x", Path.of("bury.reshape")));
        assertThat(StartArgs.parse(List.of())).isEqualTo(new StartArgs(null, null));
    }

    @Test
    void fileUri_asADesktopPassesIt_isAPath() {
        assertThat(StartArgs.parse(List.of("file:///home/pat/My%20Models/bury.reshape.json")).modelFile())
                .isEqualTo(Path.of("/home/pat/My Models/bury.reshape.json"));
    }

    @Test
    void launcherOptions_areNotFiles_andDbNeedsAValue() {
        assertThat(StartArgs.parse(List.of("-psn_0_12345")).modelFile()).isNull();
        assertThatThrownBy(() -> StartArgs.parse(List.of("--db"))).hasMessage("--db needs a file path");
    }
}
