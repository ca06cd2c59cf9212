package org.reshape.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.reshape.domain.Model;
import org.reshape.io.Samples;
import org.reshape.io.json.ModelFiles;
import org.reshape.store.ModelStore;
import org.reshape.store.ModelSummary;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Option;

/// Where a command's model comes from: a shipped sample, a model file, or the database.
final class ModelSource {

    static final class Choice {
        @Option(names = "--sample", paramLabel = "NAME", description = "a sample shipped with Reshape, e.g. bury-cyp-2024")
        String sample;

        @Option(names = "--model", paramLabel = "FILE.json", description = "a Reshape model file (.reshape.json)")
        Path file;

        @Option(names = "--db", paramLabel = "PATH", description = "a Reshape database file")
        Path db;
    }

    @ArgGroup(exclusive = true, multiplicity = "0..1")
    Choice choice;

    @Option(names = "--model-id", paramLabel = "ID", description = "which model in the database (default: the only one)")
    String modelId;

    Model load() {
        if (choice == null || (choice.sample == null && choice.file == null && choice.db == null)) {
            throw new CliException("say which model: --sample NAME, --model FILE.json or --db PATH");
        }
        if (choice.sample != null) {
            return Samples.load(choice.sample);
        }
        if (choice.file != null) {
            if (!Files.isRegularFile(choice.file)) {
                throw new CliException("no model file at " + choice.file);
            }
            try {
                return ModelFiles.read(choice.file);
            } catch (java.io.IOException e) {
                throw new CliException(e.getMessage());
            }
        }
        Path db = choice.db;
        if (!Files.exists(db) && !Files.exists(Path.of(db + ".mv.db"))) {
            throw new CliException("no Reshape database at " + db);
        }
        try (ModelStore store = Databases.open(db)) {
            List<ModelSummary> models = store.listModels();
            String id = modelId;
            if (id == null) {
                if (models.size() != 1) {
                    throw new CliException(db + " holds " + models.size() + " models; choose one with --model-id: "
                            + String.join(", ", models.stream().map(ModelSummary::id).toList()));
                }
                id = models.getFirst().id();
            }
            String chosen = id;
            return store.loadModel(chosen).orElseThrow(() -> new CliException("no model '" + chosen + "' in " + db));
        }
    }
}
