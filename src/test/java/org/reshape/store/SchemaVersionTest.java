package org.reshape.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/// [Database] skips Flyway when a file is at [Database#SCHEMA_VERSION]; this keeps
/// that constant in step with the migrations, so a new one is never skipped.
class SchemaVersionTest {
    private static final Pattern MIGRATION = Pattern.compile("V(\\d+)__.+\\.sql");

    @Test
    void schemaVersion_isTheNewestMigration() throws IOException, URISyntaxException {
        Path dir = Path.of(Database.class.getClassLoader().getResource("db/migration").toURI());
        int[] versions;
        try (Stream<Path> files = Files.list(dir)) {
            versions = files.map(f -> MIGRATION.matcher(f.getFileName().toString()))
                    .filter(Matcher::matches)
                    .mapToInt(m -> Integer.parseInt(m.group(1)))
                    .toArray();
        }
        assertThat(Database.SCHEMA_VERSION).as("Database.SCHEMA_VERSION").isEqualTo(java.util.Arrays.stream(versions).max().orElseThrow());
        assertThat(Database.MIGRATIONS).as("Database.MIGRATIONS").isEqualTo(versions.length);
    }
}
