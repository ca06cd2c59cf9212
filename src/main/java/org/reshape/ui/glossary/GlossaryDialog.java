package org.reshape.ui.glossary;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import javafx.beans.property.SimpleStringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.cell.TextFieldTableCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/// The model's glossary: the abbreviations an appendix explains, with what
/// they stand for. An appendix prints only the terms its text uses.
public final class GlossaryDialog {

    /// One editable row.
    public static final class Term {
        final SimpleStringProperty abbreviation;
        final SimpleStringProperty meaning;

        Term(String a, String m) {
            abbreviation = new SimpleStringProperty(a);
            meaning = new SimpleStringProperty(m);
        }
    }

    private final ObservableList<Term> terms = FXCollections.observableArrayList();
    private final Label problem = new Label();

    public GlossaryDialog(Map<String, String> glossary) {
        glossary.forEach((a, m) -> terms.add(new Term(a, m)));
    }

    /// The glossary as edited: blank rows dropped; null with a message when two rows share an abbreviation.
    public Map<String, String> edited() {
        Map<String, String> out = new LinkedHashMap<>();
        for (Term t : terms) {
            String a = t.abbreviation.get() == null ? "" : t.abbreviation.get().strip();
            String m = t.meaning.get() == null ? "" : t.meaning.get().strip();
            if (a.isEmpty() && m.isEmpty()) {
                continue;
            }
            if (a.isEmpty() || m.isEmpty()) {
                problem.setText("Each row needs both an abbreviation and its meaning" + (a.isEmpty() ? "" : " (" + a + ")"));
                return null;
            }
            if (out.put(a, m) != null) {
                problem.setText(a + " is in the glossary twice");
                return null;
            }
        }
        problem.setText("");
        return out;
    }

    public Optional<Map<String, String>> show() {
        TableView<Term> table = new TableView<>(terms);
        table.setId("glossary-table");
        table.setEditable(true);
        TableColumn<Term, String> abbreviation = new TableColumn<>("Abbreviation");
        abbreviation.setCellValueFactory(r -> r.getValue().abbreviation);
        abbreviation.setCellFactory(TextFieldTableCell.forTableColumn());
        abbreviation.setPrefWidth(120);
        TableColumn<Term, String> meaning = new TableColumn<>("Stands for");
        meaning.setCellValueFactory(r -> r.getValue().meaning);
        meaning.setCellFactory(TextFieldTableCell.forTableColumn());
        meaning.setPrefWidth(420);
        table.getColumns().add(abbreviation);
        table.getColumns().add(meaning);
        Button add = new Button("Add a term");
        add.setOnAction(e -> {
            terms.add(new Term("", ""));
            table.edit(terms.size() - 1, abbreviation);
        });
        Button remove = new Button("Remove the selected term");
        remove.setOnAction(e -> terms.remove(table.getSelectionModel().getSelectedItem()));
        problem.getStyleClass().add("inspector-problem");
        Dialog<Map<String, String>> d = new Dialog<>();
        d.setTitle("Glossary");
        d.setHeaderText("Abbreviations the appendices explain (only those their text uses are printed)");
        d.getDialogPane().setContent(new VBox(8, table, new HBox(8, add, remove), problem));
        d.getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
        d.getDialogPane().lookupButton(ButtonType.OK).addEventFilter(javafx.event.ActionEvent.ACTION, e -> {
            if (edited() == null) {
                e.consume(); // keep the dialog open until the rows are right
            }
        });
        d.setResultConverter(b -> b == ButtonType.OK ? edited() : null);
        return d.showAndWait();
    }

    /// Sets a row's text, as typing in the table does (for tests).
    public void set(int row, String abbreviationText, String meaningText) {
        while (terms.size() <= row) {
            terms.add(new Term("", ""));
        }
        terms.get(row).abbreviation.set(abbreviationText);
        terms.get(row).meaning.set(meaningText);
    }
}
