package org.reshape.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reshape.cli.CliTest.Result;
import org.reshape.io.Samples;
import org.reshape.store.ModelStore;

/// An encrypted database on the command line: with no terminal to ask at and no password in the
/// environment, the command says what it needs in one line, and the file is untouched.
class EncryptedDbCliTest {
    @TempDir
    Path dir;

    @Test
    void anEncryptedDb_withNoPasswordToHand_isRefusedInOneLine() {
        Path db = dir.resolve("reshape");
        try (ModelStore store = ModelStore.open(db, "s3cret".toCharArray())) {
            store.saveModel(Samples.load("bury-cyp-2024"));
        }
        Result r = CliTest.run("cost", "--db", db.toString());
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err().strip()).isEqualTo("reshape: " + db + " is encrypted: run the command in a terminal to be asked its password, "
                + "or set RESHAPE_DB_PASSWORD");
        assertThat(r.out()).isEmpty();
        try (ModelStore store = ModelStore.open(db, "s3cret".toCharArray())) {
            assertThat(store.listModels()).hasSize(1);
        }
    }
}
