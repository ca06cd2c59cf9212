package org.reshape.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.reshape.domain.Model;
import org.reshape.files.PrivateFiles;
import org.reshape.io.establishment.ColumnMapping;
import org.reshape.io.establishment.EstablishmentImport;
import org.reshape.io.imports.Ids;
import org.reshape.io.imports.ImportResult;
import org.reshape.io.imports.ImportSource;
import org.reshape.io.imports.Progress;
import org.reshape.store.ModelStore;
import org.reshape.store.ModelSummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/// `reshape import csv FILE`: an establishment list (CSV or .xlsx) as a scenario.
@Command(name = "csv", mixinStandardHelpOptions = true,
        description = {"Import an establishment list (CSV or .xlsx: post number, title, division, reports to, grade, FTE, holder, ...)",
                "as a scenario. Columns are matched by their headers unless --mapping says otherwise."})
final class ImportCsvCommand implements Callable<Integer> {

    @Parameters(paramLabel = "FILE", description = "the establishment list, .csv or .xlsx")
    Path file;

    @Mixin
    ImportTarget target;

    @Option(names = "--mapping", paramLabel = "FILE", description = "a column mapping (.properties: column.post_number=Post No, ...)")
    Path mapping;

    @Option(names = "--save-mapping", paramLabel = "FILE", description = "write the mapping used, to edit and pass to --mapping")
    Path saveMapping;

    @Option(names = "--create-grades", description = "create grades the model lacks from the Pay min and Pay max columns")
    boolean createGrades;

    @Option(names = "--grade-family", paramLabel = "NAME", description = "the pay scale family for created grades (default: Imported pay bands)")
    String gradeFamily;

    @Option(names = "--sheet", paramLabel = "NAME", description = "for .xlsx, the sheet to read (default: the first)")
    String sheet;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new CliException("no file at " + file);
        }
        ImportSource source = ImportSource.of(file);
        ColumnMapping columns = mapping();
        // The database first: a locked or newer database is said before a large file is read.
        try (ModelStore store = Databases.open(target.db)) {
            if (columns == null) {
                ImportResult<EstablishmentImport.Preview> preview = EstablishmentImport.preview(source, sheet == null ? "" : sheet, 0);
                if (preview.value().isEmpty()) {
                    return ImportTarget.refused(preview.report(), spec.commandLine().getErr());
                }
                columns = preview.value().get().guess();
            }
            if (createGrades) {
                columns = columns.withCreateGrades(true, gradeFamily);
            }
            if (sheet != null) {
                columns = columns.withSheet(sheet);
            }
            if (saveMapping != null) {
                PrivateFiles.writeString(saveMapping, columns.toText());
            }
            Optional<Model> existing = model(store);
            Model model = existing.orElseGet(() -> EstablishmentImport.emptyModel(newId(), newId(), LocalDate.now()));
            var r = EstablishmentImport.importInto(model, source, columns, target.options(), Progress.NONE);
            if (r.value().isEmpty()) {
                return ImportTarget.refused(r.report(), spec.commandLine().getErr());
            }
            var imported = r.value().get();
            ImportTarget.save(store, existing.orElse(null), imported.model());
            var out = spec.commandLine().getOut();
            out.println("Columns: " + String.join(", ", columns.describe()));
            ImportTarget.summary(r.report(), imported.model(), List.of(imported.scenario()), target.db, out);
            return 0;
        }
    }

    private ColumnMapping mapping() throws IOException {
        if (mapping == null) {
            return null;
        }
        if (!Files.isRegularFile(mapping)) {
            throw new CliException("no mapping file at " + mapping);
        }
        try {
            return ColumnMapping.parse(Files.readString(mapping, StandardCharsets.UTF_8));
        } catch (IllegalArgumentException e) {
            throw new CliException(mapping.getFileName() + ": " + e.getMessage());
        }
    }

    /// The model to import into: --model-id's, or the database's only one; empty for a new model.
    private Optional<Model> model(ModelStore store) {
        if (target.modelId != null) {
            return store.loadModel(target.modelId);
        }
        List<ModelSummary> models = store.listModels();
        if (models.size() > 1) {
            throw new CliException(target.db + " holds " + models.size() + " models; choose one with --model-id: "
                    + String.join(", ", models.stream().map(ModelSummary::id).toList()));
        }
        return models.isEmpty() ? Optional.empty() : store.loadModel(models.getFirst().id());
    }

    private String newId() {
        if (target.modelId != null) {
            return target.modelId;
        }
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return Ids.slug(dot > 0 ? name.substring(0, dot) : name, 60);
    }
}
