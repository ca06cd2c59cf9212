package org.reshape.files;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

/// Files and folders that may hold personal data (names, pay): readable by their
/// owner only. On POSIX systems (Linux, macOS) a file is created `0600` and a
/// folder `0700`, whatever the user's umask; on Windows the user's profile folder
/// (`%APPDATA%`, Documents) already keeps other users out, so nothing is changed.
///
/// Every file Reshape writes goes through [#write(Path, Writing)]: a temporary file
/// beside the target, private from its creation, flushed to disk and renamed
/// over the target, so a crash or a full disk never leaves half a file.
public final class PrivateFiles {
    private static final boolean POSIX = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    private static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");
    private static final Set<PosixFilePermission> DIRECTORY = PosixFilePermissions.fromString("rwx------");

    /// What writes the content.
    @FunctionalInterface
    public interface Writing {
        void to(OutputStream out) throws IOException;
    }

    private PrivateFiles() {
    }

    /// Creates `dir` and any missing parents, each new one readable by its owner only.
    public static Path createDirectories(Path dir) throws IOException {
        Path abs = dir.toAbsolutePath();
        if (Files.isDirectory(abs)) {
            return abs;
        }
        Path parent = abs.getParent();
        if (parent != null) {
            createDirectories(parent);
        }
        try {
            return POSIX ? Files.createDirectory(abs, PosixFilePermissions.asFileAttribute(DIRECTORY)) : Files.createDirectory(abs);
        } catch (java.nio.file.FileAlreadyExistsException e) {
            return abs;
        }
    }

    /// Makes an existing file or folder readable by its owner only (POSIX); does nothing elsewhere.
    public static void restrict(Path path) throws IOException {
        if (POSIX && Files.exists(path)) {
            Files.setPosixFilePermissions(path, Files.isDirectory(path) ? DIRECTORY : FILE);
        }
    }

    /// Creates an empty private file if there is none, so a library that then appends to it keeps it private.
    public static void createFile(Path file) throws IOException {
        createDirectories(file.toAbsolutePath().getParent());
        if (!Files.exists(file)) {
            try {
                Files.createFile(file, attributes());
            } catch (java.nio.file.FileAlreadyExistsException e) {
                // made meanwhile: fine
            }
        }
        restrict(file);
    }

    /// Writes `file` whole or not at all, readable by its owner only.
    public static void write(Path file, Writing writing) throws IOException {
        Path target = file.toAbsolutePath();
        Path dir = target.getParent();
        Path temp = dir.resolve("." + target.getFileName() + "." + Long.toHexString(ThreadLocalRandom.current().nextLong()) + ".tmp");
        try {
            try (FileChannel channel = FileChannel.open(temp, Set.of(StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE), attributes())) {
                OutputStream out = Channels.newOutputStream(channel);
                writing.to(out);
                out.flush();
                // On disk before the rename, or a power cut could leave the new name on empty content.
                channel.force(true);
            }
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /// Writes text as UTF-8, as [#write(Path, Writing)] does.
    public static void writeString(Path file, String text) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        write(file, out -> out.write(bytes));
    }

    private static FileAttribute<?>[] attributes() {
        return POSIX ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(FILE)} : new FileAttribute<?>[0];
    }
}
