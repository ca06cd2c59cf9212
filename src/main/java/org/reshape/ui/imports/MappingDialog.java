package org.reshape.ui.imports;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import org.reshape.io.establishment.ColumnMapping;
import org.reshape.io.establishment.EstablishmentField;
import org.reshape.io.establishment.EstablishmentImport;

/// The column-mapping step of an establishment import: which column of the file
/// feeds which field, starting from the remembered or guessed mapping, beside
/// the first rows of the file.
final class MappingDialog {
    static final String NONE = "(not in the file)";

    private MappingDialog() {
    }

    static Optional<ColumnMapping> ask(EstablishmentImport.Preview preview, ColumnMapping start) {
        Dialog<ColumnMapping> d = new Dialog<>();
        d.setTitle("Import an establishment list");
        d.setHeaderText("Which column holds what? " + preview.file());
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(4);
        Map<EstablishmentField, ComboBox<String>> boxes = new EnumMap<>(EstablishmentField.class);
        List<String> choices = new ArrayList<>();
        choices.add(NONE);
        choices.addAll(preview.headers());
        int row = 0;
        for (EstablishmentField f : EstablishmentField.values()) {
            ComboBox<String> box = new ComboBox<>(FXCollections.observableArrayList(choices));
            box.setId("mapping-" + f.key());
            box.setValue(start.column(f).filter(preview.headers()::contains).orElse(NONE));
            boxes.put(f, box);
            grid.addRow(row++, new Label(f.label()), box);
        }
        CheckBox create = new CheckBox("Create grades that the model lacks, from the pay minimum and maximum columns");
        create.setSelected(start.createGrades());
        TableView<List<String>> table = new TableView<>(FXCollections.observableArrayList(preview.rows()));
        for (int i = 0; i < preview.headers().size(); i++) {
            int c = i;
            TableColumn<List<String>, String> col = new TableColumn<>(preview.headers().get(i));
            col.setCellValueFactory(r -> new ReadOnlyStringWrapper(c < r.getValue().size() ? r.getValue().get(c) : ""));
            table.getColumns().add(col);
        }
        table.setPrefHeight(180);
        d.getDialogPane().setContent(new VBox(8, grid, create, new Label("The first rows of the file:"), table));
        d.getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
        d.setResultConverter(b -> {
            if (b != ButtonType.OK) {
                return null;
            }
            ColumnMapping m = start;
            for (var e : boxes.entrySet()) {
                String v = e.getValue().getValue();
                m = m.with(e.getKey(), v == null || v.equals(NONE) ? null : v);
            }
            return m.withCreateGrades(create.isSelected(), start.gradeFamily());
        });
        return d.showAndWait();
    }
}
