package org.reshape.ui.changes;

import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.reshape.change.ChangeList;
import org.reshape.change.PostChange;
import org.reshape.costing.Comparison;
import org.reshape.ui.workspace.Workspace;

/// The list of changed posts beside the charts; clicking one selects its post.
public final class ChangeListView extends VBox {
    private final ListView<PostChange> list = new ListView<>();
    private final Label heading = new Label("Changes");
    private final Label people = new Label();

    public ChangeListView(Workspace workspace) {
        setId("changes");
        getStyleClass().add("side-panel");
        setSpacing(6);
        setPadding(new Insets(8));
        heading.getStyleClass().add("panel-heading");
        people.setId("affected-summary");
        people.setWrapText(true);
        list.setId("change-list");
        list.setCellFactory(v -> new ChangeCell());
        VBox.setVgrow(list, Priority.ALWAYS);
        getChildren().addAll(heading, people, list);
        list.getSelectionModel().selectedItemProperty().addListener((obs, old, c) -> {
            if (c != null) {
                workspace.focus(c.key());
            }
        });
        workspace.selectedKeyProperty().addListener((obs, old, k) -> {
            PostChange sel = list.getSelectionModel().getSelectedItem();
            if (sel != null && !sel.key().equals(k)) {
                list.getSelectionModel().clearSelection();
            }
        });
        workspace.comparisonProperty().subscribe(this::show);
    }

    private void show(Comparison c) {
        if (c == null) {
            list.getItems().clear();
            heading.setText("Changes");
            people.setText("No proposal to compare.");
            return;
        }
        ChangeList changes = c.changes();
        list.getItems().setAll(changes.changes());
        heading.setText("Changes (" + changes.changes().size() + " of " + (changes.changes().size() + changes.unchanged()) + " posts)");
        people.setText(changes.individualsAffected() + " individuals affected, " + changes.individualsAtRisk() + " at risk");
    }

    public ListView<PostChange> list() {
        return list;
    }

    /// A change in two or more lines, wrapped to the list's width: no horizontal scroll bar.
    private static final class ChangeCell extends ListCell<PostChange> {
        private final javafx.scene.text.Text text = new javafx.scene.text.Text();

        ChangeCell() {
            setPrefWidth(0);
            text.getStyleClass().add("wrapped-cell-text");
            listViewProperty().subscribe(v -> {
                if (v != null) {
                    text.wrappingWidthProperty().bind(v.widthProperty().subtract(30));
                }
            });
        }

        @Override
        protected void updateItem(PostChange c, boolean empty) {
            super.updateItem(c, empty);
            setText(null);
            if (empty || c == null) {
                setGraphic(null);
                return;
            }
            text.setText(c.title() + "\n" + c.describeKinds());
            setGraphic(text);
        }
    }
}
