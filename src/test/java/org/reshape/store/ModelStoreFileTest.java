package org.reshape.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.reshape.store.TestModels.MODEL_ID;

import java.io.IOException;
import java.lang.ProcessBuilder.Redirect;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/// The store on a real file: persistence, migration on reopen, and the lock
/// that keeps a second Reshape process off an open file.
class ModelStoreFileTest {
    @TempDir
    Path dir;

    @Test
    void open_createsTheFolderAndFile_andReopeningFindsTheModel() {
        Path db = dir.resolve("nested/folder/reshape");
        try (ModelStore store = ModelStore.open(db)) {
            store.saveModel(TestModels.rich());
            assertThat(store.file()).contains(dir.resolve("nested/folder/reshape.mv.db"));
        }
        assertThat(dir.resolve("nested/folder/reshape.mv.db")).isRegularFile();

        try (ModelStore store = ModelStore.open(db)) {
            assertThat(store.loadModel(MODEL_ID)).contains(TestModels.rich());
        }
    }

    @Test
    void reopeningAnExistingFile_migratesNothing() throws SQLException {
        Path db = dir.resolve("reshape");
        try (ModelStore store = ModelStore.open(db)) {
            store.saveModel(TestModels.rich());
        }
        int before = migrationsApplied(db);

        try (ModelStore store = ModelStore.open(dir.resolve("reshape.mv.db"))) { // the same database, named by its file
            assertThat(store.loadModel(MODEL_ID)).contains(TestModels.rich());
        }

        assertThat(migrationsApplied(db)).isEqualTo(before).isPositive();
    }

    @Test
    void openingAFileWrittenByANewerReshape_saysSoAndLeavesItAlone() throws SQLException {
        Path db = dir.resolve("reshape");
        ModelStore.open(db).close();
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + db, "sa", "")) {
            c.createStatement().execute("insert into \"flyway_schema_history\" values (99, '99', 'future', 'SQL',"
                    + " 'V99__future.sql', 0, 'sa', current_timestamp, 1, true)");
        }
        int applied = migrationsApplied(db);

        assertThatThrownBy(() -> ModelStore.open(db))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining(dir.resolve("reshape.mv.db") + " was written by a newer version of Reshape")
                .hasMessageContaining("schema version 99");
        assertThat(migrationsApplied(db)).isEqualTo(applied); // untouched, not half-migrated
    }

    @Test
    void openingAFileTwiceInOneProcess_isRefusedWithThePath() {
        Path db = dir.resolve("reshape");
        try (ModelStore first = ModelStore.open(db)) {
            assertThatThrownBy(() -> ModelStore.open(db))
                    .isInstanceOf(StoreLockedException.class)
                    .hasMessage("The Reshape database " + dir.resolve("reshape.mv.db") + " is already open in another"
                            + " Reshape window or process. Close it there, or start with --db to use another file.");
            first.saveModel(TestModels.rich()); // the first is unharmed
        }
        try (ModelStore again = ModelStore.open(db)) { // and closing it lets the file be opened again
            assertThat(again.loadModel(MODEL_ID)).isPresent();
        }
    }

    @Test
    void openingAFileAnotherProcessHasOpen_isRefusedWithThePath() throws Exception {
        Path db = dir.resolve("shared");
        Path ready = dir.resolve("ready");
        Path log = dir.resolve("holder.log");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process holder = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                LockHolder.class.getName(), db.toString(), ready.toString())
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        try {
            waitFor(ready, holder, log);

            assertThatThrownBy(() -> ModelStore.open(db))
                    .isInstanceOf(StoreLockedException.class)
                    .hasMessageContaining("The Reshape database " + dir.resolve("shared.mv.db") + " is already open")
                    .satisfies(e -> assertThat(((StoreLockedException) e).file()).isEqualTo(dir.resolve("shared.mv.db")));
        } finally {
            holder.getOutputStream().close(); // tells the holder to close the store and exit
            if (!holder.waitFor(30, TimeUnit.SECONDS)) {
                holder.destroyForcibly();
            }
        }
        assertThat(holder.exitValue()).as(Files.readString(log)).isZero();
        try (ModelStore store = ModelStore.open(db)) { // the lock went with the other process
            assertThat(store.listModels()).isEmpty();
        }
    }

    private static void waitFor(Path ready, Process holder, Path log) throws InterruptedException, IOException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (!Files.exists(ready)) {
            if (!holder.isAlive() || Instant.now().isAfter(deadline)) {
                throw new AssertionError("the second process did not open the database:\n" + Files.readString(log));
            }
            Thread.sleep(50);
        }
    }

    private static int migrationsApplied(Path db) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + db, "sa", "");
             ResultSet rs = c.createStatement().executeQuery(
                     "select count(*) from \"flyway_schema_history\" where \"success\"")) {
            rs.next();
            return rs.getInt(1);
        }
    }
}
