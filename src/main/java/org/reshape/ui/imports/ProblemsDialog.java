package org.reshape.ui.imports;

import java.util.Optional;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ListView;
import org.reshape.io.imports.ImportProblem;
import org.reshape.io.imports.ImportReport;

/// What an import could not use, each problem with its file, line and column.
final class ProblemsDialog {
    static final ButtonType KEEP_VALID = new ButtonType("Import the valid rows", ButtonBar.ButtonData.OK_DONE);

    private ProblemsDialog() {
    }

    /// For an import that stopped on errors: true when the user chooses to import the valid rows.
    static boolean askKeepValid(String what, ImportReport report) {
        Alert a = alert(Alert.AlertType.WARNING, what + ": nothing was imported", report);
        a.getButtonTypes().setAll(KEEP_VALID, ButtonType.CANCEL);
        Optional<ButtonType> choice = a.showAndWait();
        return choice.isPresent() && choice.get() == KEEP_VALID;
    }

    /// After an import: what it skipped or warned about.
    static void show(String what, ImportReport report) {
        alert(Alert.AlertType.INFORMATION, what + ": " + report.summary(), report).showAndWait();
    }

    private static Alert alert(Alert.AlertType type, String header, ImportReport report) {
        Alert a = new Alert(type);
        a.setTitle("Import");
        a.setHeaderText(header);
        a.setContentText(report.errors().size() + " errors, " + report.warnings().size() + " warnings:");
        ListView<String> list = new ListView<>();
        list.setId("import-problems");
        report.problems().forEach(p -> list.getItems().add((p.isError() ? "Error " : "Warning ") + p));
        list.setPrefSize(760, 300);
        a.getDialogPane().setExpandableContent(list);
        a.getDialogPane().setExpanded(true);
        return a;
    }

    static String first(ImportReport report) {
        return report.errors().stream().findFirst().map(ImportProblem::toString).orElse(report.summary());
    }
}
