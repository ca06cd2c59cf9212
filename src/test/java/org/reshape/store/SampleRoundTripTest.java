package org.reshape.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reshape.domain.Model;
import org.reshape.domain.Scenario;
import org.reshape.io.Samples;
import org.reshape.io.json.ModelFiles;

/// Every field of the shipped Bury sample survives the database file and the model file.
class SampleRoundTripTest {

    @Test
    void burySample_survivesSaveAndLoad_inAFile(@TempDir Path dir) {
        Model bury = Samples.load("bury-cyp-2024");
        try (ModelStore store = ModelStore.open(dir.resolve("reshape"))) {
            store.saveModel(bury);
        }
        try (ModelStore store = ModelStore.open(dir.resolve("reshape"))) {
            Model loaded = store.loadModel("bury-cyp-2024").orElseThrow();
            assertThat(loaded).isEqualTo(bury);
            for (Scenario s : bury.scenarios()) {
                Scenario back = loaded.scenario(s.id()).orElseThrow();
                assertThat(back.posts()).containsExactlyElementsOf(s.posts());
                assertThat(back.locked()).isEqualTo(s.locked());
                assertThat(back.implementationDate()).isEqualTo(s.implementationDate());
            }
            assertThat(loaded.divisions()).isEqualTo(bury.divisions());
            assertThat(loaded.glossary()).isEqualTo(bury.glossary());
        }
    }

    @Test
    void burySample_survivesTheModelFile(@TempDir Path dir) throws Exception {
        Model bury = Samples.load("bury-cyp-2024");
        Path file = dir.resolve("bury.reshape.json");
        ModelFiles.write(bury, file);
        assertThat(ModelFiles.read(file)).isEqualTo(bury);
    }
}
