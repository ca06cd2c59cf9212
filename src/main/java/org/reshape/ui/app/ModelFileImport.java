package org.reshape.ui.app;

import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Predicate;
import org.reshape.domain.Model;
import org.reshape.io.json.ModelFileException;
import org.reshape.io.json.ModelFiles;
import org.reshape.store.ModelStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/// Opens a model file given on the command line (a double-click on a model file):
/// reads and checks it whole, then puts it in the store, where every later edit is saved.
final class ModelFileImport {
    private static final Logger LOG = LoggerFactory.getLogger(ModelFileImport.class);

    private ModelFileImport() {
    }

    /// The model to show for `file`.
    ///
    /// When the store already holds a different model with the same id (the file was
    /// exported from this database and edited since, in the file or in Reshape),
    /// `replaceStored` is asked first, since saving the file replaces the stored model
    /// whole; when it says no, the stored model is shown and the file is left alone.
    ///
    /// @throws ModelFileException when the file cannot be read or holds no valid model;
    ///         the store is then unchanged
    static Model open(ModelStore store, Path file, Predicate<Model> replaceStored) throws ModelFileException {
        Model model = ModelFiles.read(file);
        Optional<Model> stored = store.loadModel(model.id());
        if (stored.isPresent() && !stored.get().equals(model) && !replaceStored.test(stored.get())) {
            LOG.info("kept the stored model {} rather than {}", model.id(), file);
            return stored.get();
        }
        store.saveModel(model);
        LOG.info("opened {}: model {} saved to {}", file, model.id(), store.location());
        return model;
    }
}
