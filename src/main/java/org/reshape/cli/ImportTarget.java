package org.reshape.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import org.reshape.domain.Model;
import org.reshape.domain.Scenario;
import org.reshape.edit.Edits;
import org.reshape.edit.History;
import org.reshape.io.imports.ImportOptions;
import org.reshape.io.imports.ImportProblem;
import org.reshape.io.imports.ImportReport;
import org.reshape.store.ModelStore;
import picocli.CommandLine.Option;

/// The options every import shares (where it goes, what the scenario is called,
/// whether to keep the valid rows), and how an import ends: saved in one
/// transaction with a summary on stdout, or refused with the problems on stderr
/// and exit status 2.
final class ImportTarget {

    @Option(names = "--db", required = true, paramLabel = "PATH", description = "the Reshape database to import into (made if need be)")
    Path db;

    @Option(names = "--scenario", paramLabel = "NAME", description = "the new scenario's name (default: from the file)")
    String scenario;

    @Option(names = "--model-id", paramLabel = "ID", description = "the model to add the scenario to, or the id of a new model")
    String modelId;

    @Option(names = "--keep-valid", description = "import the valid rows even when some have errors (they are left out and listed)")
    boolean keepValid;

    @Option(names = "--base", paramLabel = "SCENARIO", description = "import as a proposal of this scenario of the model (same post keys = same posts)")
    String base;

    @Option(names = "--replace", description = "replace a scenario of the same name instead of refusing")
    boolean replace;

    ImportOptions options() {
        return ImportOptions.defaults().withKeepValidRows(keepValid).withScenarioName(scenario).withBaseScenario(base)
                .withReplaceScenario(replace);
    }

    /// Prints the problems of an import that made nothing on `err`, one per line, and returns exit status 2.
    static int refused(ImportReport report, PrintWriter err) {
        List<ImportProblem> errors = report.errors();
        if (errors.size() == 1) {
            err.println("reshape: " + errors.getFirst());
        } else {
            boolean rows = errors.stream().allMatch(p -> p.line() > 0);
            err.println("reshape: nothing imported: " + errors.size() + " errors"
                    + (rows ? " (--keep-valid imports the rows without errors)" : "") + ":");
            errors.forEach(p -> err.println(p.toString()));
        }
        err.flush();
        return Main.BAD_INPUT;
    }

    /// Saves what the import made, in one transaction, through the same history and command the window
    /// uses: the whole model when it is new, else the scenarios and the divisions, pay scales and grades
    /// the import brought.
    ///
    /// @param before the stored model the import started from, or null for a new model
    static void save(ModelStore store, Model before, Model after) {
        Model[] current = {before};
        History history = new History(store, () -> current[0], (model, touched) -> current[0] = model);
        boolean done = before == null ? history.open(after)
                : new Edits(history).importFrom("Import", before, after).isPresent();
        if (!done) {
            throw new CliException(history.message());
        }
    }

    /// "Imported 460 posts from 460 rows; 6 warnings." and the problems, one per line.
    static void summary(ImportReport report, Model model, List<Scenario> scenarios, Path db, PrintWriter out) {
        for (Scenario s : scenarios) {
            out.println("Scenario '" + s.name() + "' (" + s.size() + " posts" + (s.isProposal() ? ", a proposal of '"
                    + model.baseOf(s).map(Scenario::name).orElse(s.baseId()) + "'" : "") + ") is in model '" + model.name()
                    + "' (id " + model.id() + ") in " + db);
        }
        out.println(report.summary());
        report.errors().forEach(p -> out.println("  " + p));
        report.warnings().forEach(p -> out.println("  " + p));
        out.flush();
    }
}
