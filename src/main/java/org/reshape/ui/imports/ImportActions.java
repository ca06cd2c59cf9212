package org.reshape.ui.imports;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import javafx.stage.Window;
import org.reshape.domain.Model;
import org.reshape.domain.Scenario;
import org.reshape.io.establishment.ColumnMapping;
import org.reshape.io.establishment.EstablishmentImport;
import org.reshape.io.imports.ImportOptions;
import org.reshape.io.imports.ImportResult;
import org.reshape.io.imports.ImportSource;
import org.reshape.io.imports.Progress;
import org.reshape.io.organogram.OrganogramFiles;
import org.reshape.io.organogram.OrganogramImport;
import org.reshape.ui.edit.EditActions;
import org.reshape.ui.tasks.Tasks;
import org.reshape.ui.workspace.Workspace;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/// Imports into the open model, in the background with progress and cancel:
/// an organogram pair or an establishment list becomes a new scenario (with any
/// grades and divisions it needs), as one undoable command. An import with
/// errors writes nothing unless the user chooses to import the valid rows.
public final class ImportActions {
    private static final Logger LOG = LoggerFactory.getLogger(ImportActions.class);

    private final Workspace workspace;
    private final EditActions actions;
    private final Tasks tasks;
    private final ImportPrompts prompts;
    private final Path mappingFile;

    /// @param mappingFile where the last establishment mapping is remembered, or null
    public ImportActions(Workspace workspace, EditActions actions, Tasks tasks, ImportPrompts prompts, Path mappingFile) {
        this.workspace = workspace;
        this.actions = actions;
        this.tasks = tasks;
        this.prompts = prompts;
        this.mappingFile = mappingFile;
    }

    /// Imports an organogram pair as a scenario: a new baseline, or a proposal of `baseId` when given.
    public Tasks.Job importOrganogram(Window owner, OrganogramFiles files, String scenarioName, String baseId) {
        ImportOptions options = ImportOptions.defaults().withScenarioName(scenarioName).withBaseScenario(baseId == null ? "" : baseId);
        String what = "Organogram " + files.senior().name();
        return run(owner, what, options, (model, o, progress) -> OrganogramImport.importInto(model, files, o, progress));
    }

    /// The first rows of an establishment file and the mapping to start from: the remembered one when it fits the file.
    public ImportResult<EstablishmentImport.Preview> preview(Path file) {
        return EstablishmentImport.preview(ImportSource.of(file), "", 8);
    }

    public ColumnMapping startingMapping(EstablishmentImport.Preview preview) {
        Optional<ColumnMapping> remembered = remembered();
        return remembered.filter(m -> preview.headers().containsAll(m.columns().values())).orElse(preview.guess());
    }

    /// The mapping step: the user confirms or changes the starting mapping.
    public Optional<ColumnMapping> askMapping(EstablishmentImport.Preview preview) {
        return MappingDialog.ask(preview, startingMapping(preview));
    }

    public Tasks.Job importEstablishment(Window owner, Path file, ColumnMapping mapping, String scenarioName, String baseId) {
        remember(mapping);
        ImportOptions options = ImportOptions.defaults().withScenarioName(scenarioName).withBaseScenario(baseId == null ? "" : baseId);
        String what = "Establishment list " + file.getFileName();
        return run(owner, what, options, (model, o, progress) -> EstablishmentImport.importInto(model, ImportSource.of(file),
                mapping, o, progress).map(EstablishmentImport.Imported::model));
    }

    /// Makes the imported model from a snapshot of the model taken on the JavaFX thread when the import started.
    private interface Importer {
        ImportResult<Model> apply(Model model, ImportOptions options, Progress progress);
    }

    private Tasks.Job run(Window owner, String what, ImportOptions options, Importer importer) {
        Model before = workspace.model(); // read here, on the JavaFX thread; the task gets this immutable snapshot
        ProgressDialog[] dialog = new ProgressDialog[1];
        Tasks.Job job = tasks.run(what, p -> importer.apply(before, options, p), result -> {
            close(dialog);
            finish(owner, what, before, options, importer, result);
        }, error -> {
            close(dialog);
            LOG.warn("{} failed", what, error);
            actions.editor().refuse(error instanceof java.util.concurrent.CancellationException
                    ? what + ": cancelled, nothing imported" : what + " failed: " + error.getMessage());
        });
        if (owner != null && job.progress().get() < 1) {
            dialog[0] = new ProgressDialog(owner, "Importing " + what, job);
            dialog[0].show();
        }
        return job;
    }

    private static void close(ProgressDialog[] dialog) {
        if (dialog[0] != null) {
            dialog[0].close();
        }
    }

    private void finish(Window owner, String what, Model before, ImportOptions options, Importer importer, ImportResult<Model> result) {
        if (!result.imported()) {
            if (result.report().hasErrors() && !options.keepValidRows() && prompts.keepValidRows(what, result.report())) {
                run(owner, what, options.withKeepValidRows(true), importer);
            } else {
                actions.editor().refuse(what + ": nothing imported — " + ProblemsDialog.first(result.report()));
            }
            return;
        }
        Model after = result.value().orElseThrow();
        Scenario added = added(before, after);
        if (actions.importFrom("Import " + added.name(), before, after).isPresent()) {
            prompts.report(what, result.report());
        }
    }

    static Scenario added(Model before, Model after) {
        Set<String> ids = new HashSet<>();
        before.scenarios().forEach(s -> ids.add(s.id()));
        return after.scenarios().stream().filter(s -> !ids.contains(s.id())).findFirst()
                .orElseThrow(() -> new IllegalStateException("the import added no scenario"));
    }

    private Optional<ColumnMapping> remembered() {
        try {
            return mappingFile != null && Files.isRegularFile(mappingFile)
                    ? Optional.of(ColumnMapping.parse(Files.readString(mappingFile))) : Optional.empty();
        } catch (java.io.IOException | IllegalArgumentException e) {
            LOG.warn("could not read the remembered mapping {}", mappingFile, e);
            return Optional.empty();
        }
    }

    private void remember(ColumnMapping mapping) {
        if (mappingFile == null) {
            return;
        }
        try {
            org.reshape.files.PrivateFiles.createDirectories(mappingFile.toAbsolutePath().getParent());
            org.reshape.files.PrivateFiles.writeString(mappingFile, mapping.toText());
        } catch (java.io.IOException e) {
            LOG.warn("could not remember the mapping in {}", mappingFile, e);
        }
    }

}
