package org.reshape.io.imports;

import java.util.List;

/// What an import did: how many rows it read, how many posts it made, and
/// every problem, errors and warnings, in file order.
///
/// @param imported whether a scenario came out of it (false when there were errors
///                 and the caller did not ask to keep the valid rows, or a file
///                 could not be read at all)
public record ImportReport(List<ImportProblem> problems, int rowsRead, int postsImported, boolean imported) {

    public ImportReport {
        problems = List.copyOf(problems);
    }

    public List<ImportProblem> errors() {
        return problems.stream().filter(ImportProblem::isError).toList();
    }

    public List<ImportProblem> warnings() {
        return problems.stream().filter(p -> !p.isError()).toList();
    }

    public boolean hasErrors() {
        return problems.stream().anyMatch(ImportProblem::isError);
    }

    /// "Imported 1,204 posts from 1,210 rows; 3 errors (rows left out), 12 warnings."
    public String summary() {
        long errors = problems.stream().filter(ImportProblem::isError).count();
        long warnings = problems.size() - errors;
        String counts = (errors == 0 ? "" : errors + (errors == 1 ? " error" : " errors")
                + (imported ? " (left out or made top posts)" : "") + (warnings == 0 ? "" : ", "))
                + (warnings == 0 ? "" : warnings + (warnings == 1 ? " warning" : " warnings"));
        String head = imported
                ? String.format("Imported %,d posts from %,d rows", postsImported, rowsRead)
                : String.format("Nothing imported (%,d rows read)", rowsRead);
        return head + (counts.isEmpty() ? "." : "; " + counts + ".");
    }
}
