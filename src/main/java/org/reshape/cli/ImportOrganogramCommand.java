package org.reshape.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.reshape.domain.Model;
import org.reshape.domain.Scenario;
import org.reshape.io.imports.ImportResult;
import org.reshape.io.imports.Progress;
import org.reshape.io.organogram.OrganogramFiles;
import org.reshape.io.organogram.OrganogramImport;
import org.reshape.store.ModelStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/// `reshape import organogram SENIOR.csv JUNIOR.csv [LATER_SENIOR.csv LATER_JUNIOR.csv]`.
@Command(name = "organogram", mixinStandardHelpOptions = true,
        description = {"Import a data.gov.uk organogram (senior and junior CSV) as a scenario.",
                "With two snapshots of one body, the older becomes the baseline and the newer a proposal of it."})
final class ImportOrganogramCommand implements Callable<Integer> {

    @Parameters(arity = "1..4", paramLabel = "FILE",
            description = "SENIOR.csv JUNIOR.csv, and optionally a later SENIOR.csv JUNIOR.csv; a SENIOR.csv alone for a body that publishes no junior file")
    List<Path> files;

    @Mixin
    ImportTarget target;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        if (files.size() == 3) {
            throw new CliException("give two files (senior, junior), four (the same for a later snapshot) or a senior file alone, not three");
        }
        OrganogramFiles first = OrganogramFiles.of(files.get(0), files.size() > 1 ? files.get(1) : null);
        OrganogramFiles later = files.size() == 4 ? OrganogramFiles.of(files.get(2), files.get(3)) : null;
        try (ModelStore store = Databases.open(target.db)) {
            Optional<Model> existing = target.modelId == null ? Optional.empty() : store.loadModel(target.modelId);
            if (existing.isPresent() && later != null) {
                throw new CliException("model '" + target.modelId + "' is in " + target.db
                        + " already; import a pair into a new model, or one snapshot at a time into this one");
            }
            ImportResult<Model> r = existing.isPresent()
                    ? OrganogramImport.importInto(existing.get(), first, target.options(), Progress.NONE)
                    : later == null ? OrganogramImport.importModel(first, target.modelId, target.options(), Progress.NONE)
                    : OrganogramImport.importPair(first, later, target.modelId, target.options(), Progress.NONE);
            if (r.value().isEmpty()) {
                return ImportTarget.refused(r.report(), spec.commandLine().getErr());
            }
            Model model = r.value().get();
            if (existing.isEmpty() && store.loadModel(model.id()).isPresent()) {
                throw new CliException(target.db + " has a model '" + model.id() + "' already; add the snapshot to it with --model-id "
                        + model.id() + ", or give the new model another --model-id");
            }
            List<Scenario> added = model.scenarios().stream()
                    .filter(s -> existing.map(m -> !m.scenarios().contains(s)).orElse(true)).toList();
            ImportTarget.save(store, existing.orElse(null), model);
            ImportTarget.summary(r.report(), model, added, target.db, spec.commandLine().getOut());
            return 0;
        }
    }
}
