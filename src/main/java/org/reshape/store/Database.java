package org.reshape.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.output.MigrateResult;
import org.h2.api.ErrorCode;
import org.h2.jdbcx.JdbcConnectionPool;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.conf.Settings;
import org.jooq.impl.DSL;
import org.reshape.files.PrivateFiles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/// An open, migrated H2 database: a connection pool, a jOOQ context on it, and
/// one connection held for the database's whole life.
final class Database implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Database.class);
    private static final String MV_SUFFIX = ".mv.db";

    /// The version of the newest migration in `db/migration` (`V1__init.sql` is 1).
    /// Bump it with each new migration; `SchemaVersionTest` fails until you do.
    static final int SCHEMA_VERSION = 5;

    /// How many migrations there are. Helpers number migrations ahead of landing them, so a
    /// file may arrive below the newest (V2 after V4): a database at the newest version but
    /// without every migration is migrated (out of order), not skipped.
    static final int MIGRATIONS = 5;

    /// Files this JVM has open. H2 lets a second connection in the same JVM share an
    /// open file database, so its file lock only stops other processes; this set
    /// gives a second window in the same JVM the same clear refusal.
    private static final Set<Path> OPEN_FILES = ConcurrentHashMap.newKeySet();

    static {
        // jOOQ prints a banner and tips to the log on first use; they are noise in a desktop app's log.
        System.setProperty("org.jooq.no-logo", "true");
        System.setProperty("org.jooq.no-tips", "true");
    }

    private final String location;
    private final Path file;
    private final JdbcConnectionPool pool;
    // Keeps the database open, and so the file lock held (and an in-memory database alive),
    // while the pool's connections come and go.
    private final Connection keepOpen;
    private final DSLContext dsl;

    private Database(String location, Path file, JdbcConnectionPool pool, Connection keepOpen) {
        this.location = location;
        this.file = file;
        this.pool = pool;
        this.keepOpen = keepOpen;
        this.dsl = DSL.using(pool, SQLDialect.H2, new Settings()
                // the UI saves on every edit; logging each statement would flood the log
                .withExecuteLogging(false)
                .withRenderSchema(false));
    }

    /// How an encrypted H2 file starts (H2's `FilePathEncrypt`); an unencrypted one starts `H:2,`.
    private static final byte[] ENCRYPTED_HEADER = "H2encrypt\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    /// Opens (creating if need be) the file database `base` (`base.mv.db` on disk).
    static Database openFile(Path dbFile) {
        return openFile(dbFile, null);
    }

    /// The database file (`….mv.db`) that `dbFile` names.
    static Path mvFile(Path dbFile) {
        Path base = baseName(dbFile.toAbsolutePath().normalize());
        return base.resolveSibling(base.getFileName() + MV_SUFFIX);
    }

    /// Whether the database file exists and is encrypted.
    static boolean isEncrypted(Path dbFile) {
        Path file = mvFile(dbFile);
        if (!Files.isRegularFile(file)) {
            return false;
        }
        try (java.io.InputStream in = Files.newInputStream(file)) {
            return java.util.Arrays.equals(in.readNBytes(ENCRYPTED_HEADER.length), ENCRYPTED_HEADER);
        } catch (IOException e) {
            return false;
        }
    }

    /// Opens (creating if need be) the file database `base`, encrypted with AES under `password` when it is not null
    /// (H2's file encryption: a new file is created encrypted; an existing one must have been).
    ///
    /// @throws StorePasswordException when the file is encrypted and `password` is null or not its password
    static Database openFile(Path dbFile, char[] password) {
        Path base = baseName(dbFile.toAbsolutePath().normalize());
        Path file = base.resolveSibling(base.getFileName() + MV_SUFFIX);
        if (base.toString().contains(";")) {
            // H2 reads ';' in its URL as the start of a setting, so it cannot name such a file.
            throw new StoreException("Reshape cannot use the database " + file + ": its path contains ';'");
        }
        if (!OPEN_FILES.add(file)) {
            throw new StoreLockedException(file, null);
        }
        try {
            PrivateFiles.createDirectories(base.getParent());
            // WRITE_DELAY=0: a committed edit reaches the file at once, so a crash loses at most the edit in flight.
            if (password == null && isEncrypted(dbFile)) {
                throw new StorePasswordException("The Reshape database " + file + " is encrypted: Reshape needs its password to open it.", null);
            }
            Database db = open("jdbc:h2:file:" + base + ";WRITE_DELAY=0;TRACE_LEVEL_FILE=0" + (password == null ? "" : ";CIPHER=AES"),
                    file.toString(), file, password);
            // It holds names and pay: the owner's only (H2 makes it with the umask's permissions).
            PrivateFiles.restrict(file);
            return db;
        } catch (IOException e) {
            OPEN_FILES.remove(file);
            throw new StoreException("Could not create the folder for the Reshape database " + file + ": " + e, e);
        } catch (RuntimeException e) {
            OPEN_FILES.remove(file);
            throw e;
        }
    }

    static Database openInMemory(String name) {
        return open("jdbc:h2:mem:" + name, "in-memory database '" + name + "'", null, null);
    }

    private static Database open(String url, String location, Path file, char[] password) {
        long start = System.nanoTime();
        // with CIPHER=AES, H2 takes the file's password, a space, then the user's (none here)
        JdbcConnectionPool pool = JdbcConnectionPool.create(url, "sa", password == null ? "" : new String(password) + " ");
        Connection keepOpen;
        try {
            keepOpen = pool.getConnection();
        } catch (SQLException e) {
            pool.dispose();
            if (file != null && isAlreadyOpen(e)) {
                throw new StoreLockedException(file, e);
            }
            if (file != null && password != null && wrongPassword(e)) {
                throw new StorePasswordException("The password does not open the Reshape database " + file + ".", e);
            }
            throw new StoreException("Could not open the Reshape database " + location + ": "
                    + Errors.reason(e), e);
        }
        Database db = new Database(location, file, pool, keepOpen);
        try {
            db.migrate();
        } catch (RuntimeException e) {
            db.close();
            throw e;
        }
        LOG.info("Opened {} in {} ms", location, (System.nanoTime() - start) / 1_000_000);
        return db;
    }

    private void migrate() {
        int installed = installedSchemaVersion();
        if (installed == SCHEMA_VERSION) {
            // Already current: skip Flyway, whose own start-up (it loads Jackson and its plugins)
            // would otherwise be most of the time it takes to open a database.
            return;
        }
        if (installed > SCHEMA_VERSION) {
            throw new StoreException("The Reshape database " + location + " was written by a newer version of Reshape"
                    + " (schema version " + installed + "; this version knows up to " + SCHEMA_VERSION
                    + "). Open it with that version, or start with --db to use another file.");
        }
        try {
            MigrateResult result = Flyway.configure(Database.class.getClassLoader())
                    .dataSource(pool)
                    .locations("classpath:db/migration")
                    .outOfOrder(true)
                    .load()
                    .migrate();
            LOG.info("Migrated {} to schema version {}", location, result.targetSchemaVersion);
        } catch (FlywayException e) {
            throw new StoreException("Could not bring the Reshape database " + location
                    + " up to date: " + e.getMessage(), e.getCause() instanceof SQLException s ? s : null);
        }
    }

    /// The highest migration applied, or -1 when Flyway has to look: a new file, a failed
    /// migration, or a version that is not a plain number.
    private int installedSchemaVersion() {
        try (Statement st = keepOpen.createStatement();
             ResultSet rs = st.executeQuery("select \"version\", \"success\" from \"flyway_schema_history\""
                     + " where \"version\" is not null")) {
            int max = -1;
            int count = 0;
            while (rs.next()) {
                if (!rs.getBoolean(2)) {
                    return -1;
                }
                max = Math.max(max, Integer.parseInt(rs.getString(1)));
                count++;
            }
            return max > SCHEMA_VERSION || count == MIGRATIONS ? max : -1;
        } catch (SQLException | NumberFormatException e) {
            return -1;
        }
    }

    /// H2's answers to a wrong file password: it cannot decrypt the file, or the file is not the encrypted one expected.
    private static boolean wrongPassword(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException s && (s.getErrorCode() == ErrorCode.FILE_ENCRYPTION_ERROR_1
                    || s.getErrorCode() == ErrorCode.FILE_CORRUPTED_1 || s.getErrorCode() == ErrorCode.WRONG_USER_OR_PASSWORD)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isAlreadyOpen(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException s && s.getErrorCode() == ErrorCode.DATABASE_ALREADY_OPEN_1) {
                return true;
            }
        }
        return false;
    }

    /// `x.mv.db` and `x` name the same H2 database.
    private static Path baseName(Path p) {
        String name = p.getFileName().toString();
        return name.endsWith(MV_SUFFIX) && name.length() > MV_SUFFIX.length()
                ? p.resolveSibling(name.substring(0, name.length() - MV_SUFFIX.length()))
                : p;
    }

    DSLContext dsl() {
        return dsl;
    }

    /// The file (`….mv.db`), or the in-memory database's name, for messages.
    String location() {
        return location;
    }

    /// The file, or null for an in-memory database.
    Path file() {
        return file;
    }

    @Override
    public void close() {
        try {
            keepOpen.close();
        } catch (SQLException e) {
            LOG.warn("Closing {} failed: {}", location, e.getMessage());
        } finally {
            pool.dispose();
            if (file != null) {
                OPEN_FILES.remove(file);
            }
        }
    }
}
