package org.reshape.ui.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reshape.domain.Model;
import org.reshape.io.Samples;
import org.reshape.io.json.ModelFileException;
import org.reshape.io.json.ModelFiles;
import org.reshape.store.ModelStore;

class ModelFileImportTest {
    @TempDir
    Path dir;

    private final ModelStore store = ModelStore.inMemory("import-" + System.nanoTime());
    private final Model sample = Samples.load(ReshapeApp.FIRST_SAMPLE);
    private final List<Model> asked = new ArrayList<>();

    @AfterEach
    void close() {
        store.close();
    }

    private Model renamed(String name) {
        return new Model(sample.id(), name, sample.organisation(), sample.directorate(), sample.divisions(),
                sample.payScales(), sample.grades(), sample.scenarios(), sample.costSettings(), sample.glossary());
    }

    @Test
    void sameModelAsStored_opensWithoutAsking() throws Exception {
        store.saveModel(sample);
        Path file = dir.resolve("bury.reshape.json");
        ModelFiles.write(sample, file);
        assertThat(ModelFileImport.open(store, file, m -> asked.add(m))).isEqualTo(sample);
        assertThat(asked).isEmpty();
    }

    @Test
    void changedModel_asksBeforeReplacingTheStoredOne_andKeepsItOnNo() throws Exception {
        store.saveModel(sample);
        Path file = dir.resolve("bury.reshape.json");
        ModelFiles.write(renamed("Bury, edited elsewhere"), file);

        assertThat(ModelFileImport.open(store, file, m -> !asked.add(m))).isEqualTo(sample);
        assertThat(asked).containsExactly(sample);
        assertThat(store.loadModel(sample.id())).contains(sample);

        assertThat(ModelFileImport.open(store, file, m -> true).name()).isEqualTo("Bury, edited elsewhere");
        assertThat(store.loadModel(sample.id()).orElseThrow().name()).isEqualTo("Bury, edited elsewhere");
    }

    @Test
    void badFile_leavesTheStoreAlone() throws Exception {
        Path file = dir.resolve("bad.reshape");
        Files.writeString(file, "not json");
        assertThatThrownBy(() -> ModelFileImport.open(store, file, m -> true))
                .isInstanceOf(ModelFileException.class).hasMessageStartingWith("bad.reshape: line 1");
        assertThat(store.listModels()).isEmpty();
    }
}
