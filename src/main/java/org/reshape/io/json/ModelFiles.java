package org.reshape.io.json;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.reshape.domain.InvalidModelException;
import org.reshape.domain.Model;
import org.reshape.domain.ModelValidator;
import org.reshape.files.PrivateFiles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/// Reads and writes whole models as `.reshape.json` files, the format that
/// docs/model-format.md describes (`{"format": "reshape-model", "version": 1,
/// "model": {...}}`).
///
/// Reading checks everything and returns a valid model or throws a
/// [ModelFileException] whose message names the file and the place. Writing
/// goes to a temporary file in the same directory that is then moved over the
/// target, so a crash leaves the old file or the new one, never half of one.
public final class ModelFiles {
    /// The extension Reshape gives model files.
    public static final String EXTENSION = ".reshape.json";

    private static final Logger LOG = LoggerFactory.getLogger(ModelFiles.class);

    private ModelFiles() {
    }

    public static Model read(Path file) throws ModelFileException {
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw ModelFileException.whole(name, name + " does not exist (looked in " + file.toAbsolutePath().getParent() + ")", e);
        } catch (AccessDeniedException e) {
            throw ModelFileException.whole(name, name + " cannot be opened: permission denied", e);
        } catch (IOException e) {
            throw ModelFileException.whole(name, name + " could not be read: " + e.getMessage(), e);
        }
        Model model = ModelJsonCodec.read(bytes, name);
        LOG.debug("read model {} from {}", model.id(), file);
        return model;
    }

    /// Reads a model from a stream (a resource, a download), naming it `sourceName` in messages.
    public static Model read(InputStream in, String sourceName) throws ModelFileException {
        byte[] bytes;
        try {
            bytes = in.readAllBytes();
        } catch (IOException e) {
            throw ModelFileException.whole(sourceName, sourceName + " could not be read: " + e.getMessage(), e);
        }
        return ModelJsonCodec.read(bytes, sourceName);
    }

    /// Parses a model from JSON text, as [#read(Path)] does a file.
    public static Model fromJson(String json) throws ModelFileException {
        return ModelJsonCodec.read(json.getBytes(StandardCharsets.UTF_8), "the JSON text");
    }

    /// The model as the JSON text of a model file, UTF-8, ending in a newline.
    public static String toJson(Model model) {
        return ModelJsonCodec.write(model);
    }

    /// Writes the model to `file`, replacing it whole or not at all.
    ///
    /// @throws InvalidModelException if the model breaks the model's rules, since
    ///         [#read(Path)] would refuse the file: a saved file must open again
    public static void write(Model model, Path file) throws IOException {
        ModelValidator.requireValid(model);
        byte[] bytes = toJson(model).getBytes(StandardCharsets.UTF_8);
        Path target = file.toAbsolutePath();
        // Private (it may hold names and pay) and whole: a temporary file beside it, flushed, renamed over it.
        PrivateFiles.write(target, out -> out.write(bytes));
        LOG.debug("wrote model {} to {} ({} bytes)", model.id(), target, bytes.length);
    }
}
