package org.reshape.ui.imports;

import org.reshape.io.imports.ImportReport;

/// The questions an import asks the user; dialogs in the window, answers in tests.
public interface ImportPrompts {
    /// The import stopped on errors: import the valid rows instead?
    boolean keepValidRows(String what, ImportReport report);

    /// The import is done (or failed); say what happened, with its warnings.
    void report(String what, ImportReport report);

    /// The dialogs.
    ImportPrompts DIALOGS = new ImportPrompts() {
        @Override
        public boolean keepValidRows(String what, ImportReport report) {
            return ProblemsDialog.askKeepValid(what, report);
        }

        @Override
        public void report(String what, ImportReport report) {
            if (!report.problems().isEmpty()) {
                ProblemsDialog.show(what, report);
            }
        }
    };
}
