package org.reshape.ui.edit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reshape.domain.Model;
import org.reshape.domain.ModelValidator;
import org.reshape.io.Samples;
import org.reshape.store.ModelStore;
import org.reshape.ui.workspace.Workspace;

/// Kills a process that is busy saving commands, again and again, and opens
/// the file after each kill: it always opens, valid, with every command that
/// had finished before the kill.
class CrashSafetyTest {
    static final String[] MANAGERS = {"HFH", "HEH", "DSC", "HIR"};

    /// The child: applies moves through the real editor and store, printing the
    /// number of each command once it is saved, until it is killed.
    public static void main(String[] args) throws Exception {
        Path db = Path.of(args[0]);
        try (ModelStore store = ModelStore.open(db)) {
            Workspace workspace = new Workspace();
            workspace.modelProperty().set(store.loadModel("bury-cyp-2024").orElseThrow());
            EditActions actions = new EditActions(workspace, new Editor(workspace, store));
            for (int i = 0; ; i++) {
                if (!actions.moveUnder("proposed", "SMEY", MANAGERS[i % MANAGERS.length], false)) {
                    throw new IllegalStateException(actions.editor().messageProperty().get());
                }
                String done = workspace.model().scenario("proposed").orElseThrow().post("SMEY").managerKey();
                System.out.println(i + " " + done);
            }
        }
    }

    @Test
    void killedWhileSaving_theFileAlwaysOpensWithEverySavedCommand(@TempDir Path dir) throws Exception {
        Path db = dir.resolve("reshape");
        try (ModelStore store = ModelStore.open(db)) {
            store.saveModel(Samples.load("bury-cyp-2024"));
        }
        Random rnd = new Random(7);
        for (int round = 0; round < 6; round++) {
            Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"), CrashSafetyTest.class.getName(), db.toString())
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            List<String> saved = new ArrayList<>();
            BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
            long stopAt = System.currentTimeMillis() + 1500 + rnd.nextInt(1500);
            String line;
            while (System.currentTimeMillis() < stopAt && (line = out.readLine()) != null) {
                saved.add(line);
            }
            child.toHandle().destroyForcibly(); // SIGKILL, leaving our end of the pipe open
            child.waitFor();
            while ((line = out.readLine()) != null) {
                saved.add(line); // reported before the kill, still in the pipe
            }
            assertThat(saved).as("round %d: the child saved commands before it was killed", round).isNotEmpty();

            try (ModelStore store = ModelStore.open(db)) {
                Model m = store.loadModel("bury-cyp-2024").orElseThrow();
                assertThat(ModelValidator.validate(m)).isEmpty();
                String[] last = saved.getLast().split(" ");
                String inFlight = MANAGERS[(Integer.parseInt(last[0]) + 1) % MANAGERS.length];
                String manager = m.scenario("proposed").orElseThrow().post("SMEY").managerKey();
                // the last command reported saved is there, or the one after it, which was in flight
                assertThat(manager).isIn(last[1], inFlight);
                assertThat(m.scenario("proposed").orElseThrow().size()).isEqualTo(23);
            }
        }
    }
}
