package org.reshape.io.establishment;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.reshape.domain.CostSettings;
import org.reshape.domain.FinancialYear;
import org.reshape.domain.Model;
import org.reshape.domain.ModelValidator;
import org.reshape.domain.Post;
import org.reshape.domain.Problem;
import org.reshape.domain.Scenario;
import org.reshape.io.csv.CsvRecord;
import org.reshape.io.imports.DivisionNames;
import org.reshape.io.imports.ImportOptions;
import org.reshape.io.imports.ImportProblem;
import org.reshape.io.imports.ImportResult;
import org.reshape.io.imports.ImportSource;
import org.reshape.io.imports.ProblemLog;
import org.reshape.io.imports.Progress;
import org.reshape.io.imports.ReportingLines;
import org.reshape.io.imports.ScenarioNames;
import org.reshape.io.imports.Table;
import org.reshape.io.imports.Tables;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/// Imports an establishment list, the export of a council's HR or finance
/// system (one row per post: post number, title, division, reports-to post
/// number, grade, FTE, holder, …), from CSV or `.xlsx`, through a [ColumnMapping],
/// as a new scenario of a model.
///
/// Grades must be the model's (by id or name) unless the mapping creates them
/// from pay min and max columns. Divisions the model does not have are added.
///
/// All or nothing: a row with an error is left out and so is the whole import,
/// unless [ImportOptions#keepValidRows()]. A reporting line to a post that is not
/// in the file is an error too; with valid rows kept, that post becomes a top post.
public final class EstablishmentImport {
    private static final Logger LOG = LoggerFactory.getLogger(EstablishmentImport.class);

    private EstablishmentImport() {
    }

    /// What an import made: the model with the new scenario (and any new divisions and grades) in it, and the scenario.
    public record Imported(Model model, Scenario scenario) {
    }

    /// The first rows of a file, for the import dialog to show beside the mapping it guessed.
    public record Preview(String file, List<String> headers, List<List<String>> rows, ColumnMapping guess) {
        public Preview {
            headers = List.copyOf(headers);
            rows = rows.stream().map(List::copyOf).toList();
        }
    }

    /// The header and first `maxRows` rows of a CSV or `.xlsx` file (`sheet` empty for the first sheet).
    public static ImportResult<Preview> preview(ImportSource source, String sheet, int maxRows) {
        ProblemLog log = new ProblemLog();
        Table t = table(source, sheet, log, Progress.NONE);
        if (t == null) {
            return new ImportResult<>(Optional.empty(), log.failed(0));
        }
        List<List<String>> rows = t.rows().stream().limit(maxRows).map(CsvRecord::cells).toList();
        Preview p = new Preview(t.file(), t.headers().names(), rows, ColumnMapping.guess(t.headers().names()).withSheet(sheet));
        return new ImportResult<>(Optional.of(p), log.succeeded(t.rows().size(), 0));
    }

    /// An empty model to import a first establishment list into: no grades, so the
    /// mapping must create them, and default cost settings for the year of `asOf`.
    public static Model emptyModel(String id, String name, LocalDate asOf) {
        return new Model(id, name, "", "", List.of(), List.of(), List.of(), List.of(),
                CostSettings.defaults(FinancialYear.containing(asOf)), Map.of());
    }

    /// Imports `source` into `target` as a new scenario (see [ImportOptions] for its name and base).
    public static ImportResult<Imported> importInto(Model target, ImportSource source, ColumnMapping mapping, ImportOptions options,
                                                    Progress progress) {
        long started = System.nanoTime();
        ProblemLog log = new ProblemLog();
        String file = source.name();
        mapping.problems().forEach(p -> log.error(file, 0, "", "the column mapping: " + p));
        if (log.hasErrors()) {
            return new ImportResult<>(Optional.empty(), log.failed(0));
        }
        Table t = table(source, mapping.sheet(), log, progress);
        if (t == null) {
            return new ImportResult<>(Optional.empty(), log.failed(0));
        }
        int rows = t.rows().size() + t.rejected().size();
        ScenarioNames names = new ScenarioNames(target, options);
        String name = options.scenarioName().isEmpty() ? baseName(file) : options.scenarioName();
        String id = names.id(name, file, log);
        String base = names.baseId(file, log);
        GradeLookup grades = new GradeLookup(target, mapping, file);
        DivisionNames divisions = new DivisionNames(target);
        EstablishmentRows.Parsed parsed = EstablishmentRows.read(t, mapping, grades, divisions, log, progress);
        if (id == null || base == null || parsed == null) {
            return new ImportResult<>(Optional.empty(), log.failed(rows));
        }
        for (CsvRecord r : t.rejected()) {
            mapping.column(EstablishmentField.POST_NUMBER).map(h -> r.get(t.headers().column(h)).strip())
                    .filter(k -> !k.isEmpty()).ifPresent(k -> parsed.dropped().putIfAbsent(k, r.line()));
        }
        List<Post> posts = ReportingLines.resolve(parsed.candidates(), parsed.dropped(), ImportProblem.Severity.ERROR, log);
        if (log.hasErrors() && !options.keepValidRows()) {
            return new ImportResult<>(Optional.empty(), log.failed(rows));
        }
        progress.checkCancelled();
        Scenario scenario = new Scenario(id, name, base, null, base.isEmpty(), posts);
        org.reshape.domain.Workforce workforce = target.workforce();
        if (!parsed.people().isEmpty()) {
            if (base.isEmpty() && target.scenarios().stream().noneMatch(s -> !s.isProposal())) {
                // People hold posts of the current structure: the file's people are the model's.
                workforce = workforce.withPeople(parsed.people().people(), parsed.people().holdings());
            } else {
                log.warning(file, 0, "", "the file names people, but Reshape reads holders only into a model's current "
                        + "structure, and this import is " + (base.isEmpty() ? "a second baseline" : "a proposal")
                        + "; the people were not imported");
            }
        }
        LocalDate asOf = options.asOf() != null ? options.asOf() : LocalDate.now();
        Model model = new Model(target.id(), target.name(), target.organisation(), target.directorate(), divisions.divisions(),
                grades.payScales(asOf), grades.grades(), target.scenarios(), target.costSettings(), target.glossary(),
                workforce).withScenario(scenario);
        List<Problem> invalid = ModelValidator.validate(model);
        if (!invalid.isEmpty()) {
            // The rows passed every check the importer knows; whatever is left is a rule of the model, said as it says it.
            invalid.stream().limit(50).forEach(p -> log.error(file, 0, "", p.toString()));
            return new ImportResult<>(Optional.empty(), log.failed(rows));
        }
        LOG.info("Imported {} rows of {} as {} posts in {} ms", rows, file, posts.size(), (System.nanoTime() - started) / 1_000_000);
        return new ImportResult<>(Optional.of(new Imported(model, scenario)), log.succeeded(rows, posts.size()));
    }

    static boolean isSpreadsheet(String name, byte[] bytes) {
        String n = name.toLowerCase(Locale.ROOT);
        return n.endsWith(".xlsx") || n.endsWith(".xlsm") || n.endsWith(".xls")
                || (bytes.length >= 2 && bytes[0] == 'P' && bytes[1] == 'K');
    }

    private static Table table(ImportSource source, String sheet, ProblemLog log, Progress progress) {
        byte[] bytes = Tables.bytes(source, log);
        if (bytes == null) {
            return null;
        }
        if (isSpreadsheet(source.name(), bytes)) {
            return XlsxTable.read(source.name(), source instanceof ImportSource.FileSource f ? f.path() : null, bytes, sheet, log, progress);
        }
        String text = Tables.text(source.name(), bytes, log);
        return text == null ? null : Tables.csv(source.name(), text, log, progress, 0, text.length());
    }

    private static String baseName(String file) {
        int dot = file.lastIndexOf('.');
        String n = dot > 0 ? file.substring(0, dot) : file;
        return n.isBlank() ? "Imported establishment" : n;
    }
}
