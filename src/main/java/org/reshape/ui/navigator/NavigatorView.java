package org.reshape.ui.navigator;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.reshape.domain.Model;
import org.reshape.domain.Post;
import org.reshape.domain.Scenario;
import org.reshape.ui.workspace.Workspace;

/// A tree of divisions and their posts, with a search that finds posts by
/// title, holder or grade and selects the hit (which centres the charts on it).
/// Enter in the search box moves to the next hit.
public final class NavigatorView extends VBox {
    private final Workspace workspace;
    private final TextField search = new TextField();
    private final Label hits = new Label();
    private final TreeView<Entry> tree = new TreeView<>();
    private final Map<String, TreeItem<Entry>> items = new LinkedHashMap<>();
    private Scenario shown;
    private Model shownModel;
    /// division id → its row, as now shown
    private final Map<String, TreeItem<Entry>> divisionItems = new LinkedHashMap<>();
    /// division id → whether it was open, as the user left it
    private final Map<String, Boolean> expanded = new java.util.HashMap<>();
    private List<String> matches = List.of();
    private int current = -1;
    private boolean syncing;

    /// A row of the tree: a division (key empty) or a post.
    public record Entry(String key, String text) {
        @Override
        public String toString() {
            return text;
        }
    }

    public NavigatorView(Workspace workspace) {
        this.workspace = workspace;
        setId("navigator");
        getStyleClass().add("side-panel");
        setSpacing(6);
        setPadding(new Insets(8));
        search.setId("search");
        search.setPromptText("Find a post: title, holder or grade");
        hits.setId("search-hits");
        tree.setId("navigator-tree");
        tree.setShowRoot(false);
        tree.setCellFactory(v -> new EntryCell());
        tree.setAccessibleText("Structure: no post selected");
        tree.setAccessibleHelp("Divisions and their posts; Enter in the search box above moves to the next post found");
        VBox.setVgrow(tree, Priority.ALWAYS);
        Label heading = new Label("Structure");
        heading.getStyleClass().add("panel-heading");
        getChildren().addAll(heading, search, hits, tree);

        search.textProperty().addListener((obs, old, text) -> find(text, false));
        search.setOnAction(e -> find(search.getText(), true));
        tree.getSelectionModel().selectedItemProperty().addListener((obs, old, item) -> {
            if (!syncing && item != null && !item.getValue().key().isEmpty()) {
                workspace.selectedKeyProperty().set(item.getValue().key());
            }
        });
        workspace.selectedKeyProperty().addListener((obs, old, key) -> selectInTree(key));
    }

    /// Lists the posts of a scenario by division.
    ///
    /// Divisions the user opened or closed stay so across edits, and the selected post stays
    /// selected; the tree is not built again when neither the scenario nor the names in it changed.
    public void show(Model model, Scenario scenario) {
        if (scenario == shown && shownModel != null && model.divisions() == shownModel.divisions()
                && model.grades() == shownModel.grades() && model.name().equals(shownModel.name())) {
            return;
        }
        divisionItems.forEach((id, item) -> expanded.put(id, item.isExpanded()));
        shown = scenario;
        shownModel = model;
        items.clear();
        TreeItem<Entry> root = new TreeItem<>(new Entry("", model.name()));
        Map<String, TreeItem<Entry>> divisions = new LinkedHashMap<>();
        model.divisions().forEach(d -> divisions.put(d.id(), new TreeItem<>(new Entry("", d.name()))));
        for (Post p : scenario.posts()) {
            TreeItem<Entry> division = divisions.computeIfAbsent(p.divisionId(),
                    id -> new TreeItem<>(new Entry("", model.divisionName(id))));
            TreeItem<Entry> item = new TreeItem<>(new Entry(p.key(), p.title() + " · " + model.gradeName(p.gradeId())));
            division.getChildren().add(item);
            items.put(p.key(), item);
        }
        divisionItems.clear();
        boolean open = scenario.size() < 2000;
        divisions.forEach((id, d) -> {
            if (!d.getChildren().isEmpty()) {
                d.setValue(new Entry("", d.getValue().text() + " (" + d.getChildren().size() + ")"));
                d.setExpanded(expanded.getOrDefault(id, open));
                root.getChildren().add(d);
                divisionItems.put(id, d);
            }
        });
        tree.setRoot(root);
        selectInTree(workspace.selectedKeyProperty().get(), false);
        if (!search.getText().isBlank()) {
            find(search.getText(), false);
        }
    }

    /// A row that wraps long titles instead of cutting them off: the cell is as wide
    /// as the tree (no horizontal scroll bar) and as tall as its text needs.
    private final class EntryCell extends javafx.scene.control.TreeCell<Entry> {
        private final javafx.scene.text.Text text = new javafx.scene.text.Text();

        EntryCell() {
            setPrefWidth(0);
            text.getStyleClass().add("wrapped-cell-text");
        }

        @Override
        protected void updateItem(Entry entry, boolean empty) {
            super.updateItem(entry, empty);
            setText(null);
            if (empty || entry == null) {
                setGraphic(null);
                setAccessibleText(null);
                return;
            }
            // the width the tree leaves once the row's indent, arrow and scroll bar are taken
            double indent = 48 + 18 * Math.max(0, tree.getTreeItemLevel(getTreeItem()) - 1);
            text.wrappingWidthProperty().bind(tree.widthProperty().subtract(indent));
            text.setText(entry.text());
            setGraphic(text);
            setAccessibleText(entry.key().isEmpty() ? "Division " + entry.text() : "Post " + entry.text());
        }
    }

    /// Says which post is selected to a screen reader (its title, grade and division), as the chart says it.
    private void announce(String key) {
        Model m = workspace.model();
        if (key == null || m == null || shown == null || !shown.contains(key)) {
            tree.setAccessibleText("Structure: no post selected");
            return;
        }
        Post p = shown.post(key);
        tree.setAccessibleText("Structure: " + p.title() + ", " + m.gradeName(p.gradeId()) + ", " + m.divisionName(p.divisionId())
                + " selected");
    }

    /// The tree of divisions and posts.
    public TreeView<Entry> tree() {
        return tree;
    }

    /// The keys of the posts whose title, holder or grade contains the text.
    public static List<String> search(Model model, Scenario scenario, String text) {
        String q = text.strip().toLowerCase(Locale.UK);
        List<String> out = new ArrayList<>();
        if (q.isEmpty()) {
            return out;
        }
        for (Post p : scenario.posts()) {
            if (p.title().toLowerCase(Locale.UK).contains(q) || p.holder().toLowerCase(Locale.UK).contains(q)
                    || model.gradeName(p.gradeId()).toLowerCase(Locale.UK).contains(q)) {
                out.add(p.key());
            }
        }
        return out;
    }

    private void find(String text, boolean next) {
        if (shown == null) {
            return;
        }
        if (!next) {
            matches = search(workspace.model(), shown, text);
            current = -1;
        }
        if (matches.isEmpty()) {
            hits.setText(text.isBlank() ? "" : "No post matches \"" + text.strip() + "\"");
            return;
        }
        current = (current + 1) % matches.size();
        hits.setText((current + 1) + " of " + matches.size() + (matches.size() > 1 ? " — Enter for the next" : ""));
        workspace.focus(matches.get(current));
    }

    private void selectInTree(String key) {
        selectInTree(key, true);
    }

    /// @param reveal open the post's division (a new selection), or leave it as the user left it (a redraw)
    private void selectInTree(String key, boolean reveal) {
        TreeItem<Entry> item = key == null ? null : items.get(key);
        announce(item == null ? null : key);
        syncing = true;
        try {
            if (item == null || !reveal && !item.getParent().isExpanded()) {
                tree.getSelectionModel().clearSelection();
            } else {
                item.getParent().setExpanded(true);
                tree.getSelectionModel().select(item);
                int row = tree.getRow(item);
                if (row >= 0) {
                    tree.scrollTo(Math.max(0, row - 3));
                }
            }
        } finally {
            syncing = false;
        }
    }
}
