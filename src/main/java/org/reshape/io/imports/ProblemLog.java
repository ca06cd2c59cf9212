package org.reshape.io.imports;

import java.util.ArrayList;
import java.util.List;

/// Collects the problems of one import as the importer meets them. Shared by the
/// importers in `io.organogram` and `io.establishment`; callers get the finished
/// list in an [ImportReport].
public final class ProblemLog {
    private final List<ImportProblem> problems = new ArrayList<>();
    private int errors;

    public void error(String file, long line, String column, String message) {
        add(ImportProblem.error(file, line, column, message));
    }

    public void warning(String file, long line, String column, String message) {
        add(ImportProblem.warning(file, line, column, message));
    }

    public void add(ImportProblem p) {
        problems.add(p);
        if (p.isError()) {
            errors++;
        }
    }

    public boolean hasErrors() {
        return errors > 0;
    }

    public List<ImportProblem> list() {
        return List.copyOf(problems);
    }

    /// The report of an import that made nothing.
    public ImportReport failed(int rowsRead) {
        return new ImportReport(problems, rowsRead, 0, false);
    }

    /// The report of an import that made a scenario of `posts` posts.
    public ImportReport succeeded(int rowsRead, int posts) {
        return new ImportReport(problems, rowsRead, posts, true);
    }
}
