package org.reshape.ui.app;

import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/// Help ▸ About: the version, and the folders an IT team asks for (data, log), in
/// fields that can be selected and copied.
final class AboutDialog {
    private AboutDialog() {
    }

    static Alert create(AppInfo info) {
        Alert alert = new Alert(Alert.AlertType.INFORMATION, null, ButtonType.CLOSE);
        alert.setTitle("About Reshape");
        alert.setHeaderText("Reshape " + info.version());
        alert.getDialogPane().setId("about-dialog");
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        grid.add(new Label("Models the restructure of a council directorate: structures, changes and costs."), 0, 0, 2, 1);
        row(grid, 1, "Version", "about-version", info.version());
        row(grid, 2, "Data directory", "about-data-dir", info.dataDir().toString());
        row(grid, 3, "Log file", "about-log-file", info.logFile().toString());
        row(grid, 4, "Java", "about-java", System.getProperty("java.runtime.version") + " ("
                + System.getProperty("java.vendor") + "), JavaFX " + System.getProperty("javafx.runtime.version", "?"));
        alert.getDialogPane().setContent(grid);
        alert.setResizable(true);
        return AppIcons.apply(alert);
    }

    private static void row(GridPane grid, int row, String name, String id, String value) {
        TextField field = new TextField(value);
        field.setId(id);
        field.setEditable(false);
        field.setPrefColumnCount(Math.max(20, Math.min(60, value.length())));
        GridPane.setHgrow(field, Priority.ALWAYS);
        Label label = new Label(name);
        // Without a minimum the text fields squeeze the names to "…".
        label.setMinWidth(Region.USE_PREF_SIZE);
        grid.add(label, 0, row);
        grid.add(field, 1, row);
    }
}
