package org.reshape.io.imports;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/// A file to import: a path on disk, or text the caller already has (a test's
/// inline CSV, a download). Its [#name()] is what problems call it.
public interface ImportSource {

    /// The file name as messages show it, e.g. `hse-2013-09-30-senior.csv`.
    String name();

    /// The whole content. Imports read files whole: the largest real files are a
    /// few megabytes, and reading once lets the importer try one encoding and fall back.
    byte[] bytes() throws IOException;

    static ImportSource of(Path file) {
        return new FileSource(file);
    }

    static ImportSource of(String name, String text) {
        return new BytesSource(name, text.getBytes(StandardCharsets.UTF_8));
    }

    static ImportSource of(String name, byte[] bytes) {
        return new BytesSource(name, bytes.clone());
    }

    /// A file on disk.
    record FileSource(Path path) implements ImportSource {
        @Override
        public String name() {
            Path n = path.getFileName();
            return n == null ? path.toString() : n.toString();
        }

        @Override
        public byte[] bytes() throws IOException {
            return Files.readAllBytes(path);
        }
    }

    /// Content already in memory.
    record BytesSource(String name, byte[] content) implements ImportSource {
        @Override
        public byte[] bytes() {
            return content;
        }
    }
}
