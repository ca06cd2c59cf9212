package org.reshape.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reshape.domain.Model;
import org.reshape.io.Samples;

/// The database encrypted with a password (H2's AES file encryption): the file
/// holds no name in clear, opens with its password only, and says so plainly.
class EncryptedStoreTest {
    @TempDir
    Path dir;

    @Test
    void anEncryptedDatabase_holdsNoNameInClear_andOpensWithItsPasswordOnly() throws Exception {
        Model bury = Samples.load("bury-cyp-2024");
        Path db = dir.resolve("reshape");
        try (ModelStore store = ModelStore.open(db, "correct horse".toCharArray())) {
            store.saveModel(bury);
        }
        Path file = dir.resolve("reshape.mv.db");
        assertThat(ModelStore.isEncrypted(db)).isTrue();
        String bytes = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
        String name = bury.workforce().people().getFirst().name();
        assertThat(bytes).doesNotContain(name).doesNotContain("Executive Director");

        try (ModelStore store = ModelStore.open(db, "correct horse".toCharArray())) {
            assertThat(store.loadModel(bury.id())).contains(bury);
        }
        assertThatThrownBy(() -> ModelStore.open(db, "wrong".toCharArray())).isInstanceOf(StorePasswordException.class)
                .hasMessage("The password does not open the Reshape database " + file + ".");
        assertThatThrownBy(() -> ModelStore.open(db)).isInstanceOf(StorePasswordException.class)
                .hasMessage("The Reshape database " + file + " is encrypted: Reshape needs its password to open it.");
        // after the refusals the file still opens
        try (ModelStore store = ModelStore.open(db, "correct horse".toCharArray())) {
            assertThat(store.listModels()).hasSize(1);
        }
    }

    @Test
    void anUnencryptedDatabase_isNotTakenForAnEncryptedOne() {
        Path db = dir.resolve("plain");
        try (ModelStore store = ModelStore.open(db)) {
            store.saveModel(Samples.load("bury-cyp-2024"));
        }
        assertThat(ModelStore.isEncrypted(db)).isFalse();
        assertThat(ModelStore.isEncrypted(dir.resolve("none"))).isFalse();
        assertThatThrownBy(() -> ModelStore.open(db, "a password".toCharArray())).isInstanceOf(StoreException.class);
    }
}
