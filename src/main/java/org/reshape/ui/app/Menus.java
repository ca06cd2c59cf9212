package org.reshape.ui.app;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.ChoiceDialog;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TextInputDialog;
import javafx.scene.input.KeyCombination;
import org.reshape.domain.Post;
import org.reshape.domain.Scenario;
import org.reshape.ui.edit.EditActions;
import org.reshape.ui.edit.Editor;
import org.reshape.ui.workspace.Workspace;

/// The menu bar: Edit (undo, redo, add, disestablish, merge) and Scenario
/// (new proposal, duplicate, rename, delete, lock), Help (about).
final class Menus extends MenuBar {
    private final Workspace workspace;
    private final EditActions actions;
    private final MainWindow window;

    Menus(Workspace workspace, EditActions actions, FileMenu file, MainWindow window) {
        this.workspace = workspace;
        this.actions = actions;
        this.window = window;
        setId("menu-bar");
        Editor editor = actions.editor();
        MenuItem undo = item("menu-undo", "Undo", "Shortcut+Z", editor::undo);
        undo.textProperty().bind(editor.undoNameProperty().map(n -> n.isEmpty() ? "Undo" : "Undo " + n));
        undo.disableProperty().bind(editor.canUndoProperty().not());
        MenuItem redo = item("menu-redo", "Redo", "Shortcut+Shift+Z", editor::redo);
        redo.textProperty().bind(editor.redoNameProperty().map(n -> n.isEmpty() ? "Redo" : "Redo " + n));
        redo.disableProperty().bind(editor.canRedoProperty().not());
        MenuItem redoY = item("menu-redo-y", "Redo (Ctrl+Y)", "Shortcut+Y", editor::redo);
        redoY.disableProperty().bind(editor.canRedoProperty().not());
        redoY.setVisible(false);
        CheckMenuItem join = new CheckMenuItem("Moved posts join the new manager's division");
        join.setId("menu-join-division");
        join.selectedProperty().bindBidirectional(actions.joinDivisionProperty());
        Menu edit = new Menu("Edit", null, undo, redo, redoY, new SeparatorMenuItem(),
                item("menu-add", "Add a post under the selected one", "Shortcut+N", this::addUnder),
                item("menu-disestablish", "Disestablish the selected post…", "Delete", this::disestablish),
                item("menu-move", "Move the selected post and its team under…", "Shortcut+M", this::moveUnder),
                item("menu-merge", "Merge the selected post with…", null, this::merge),
                new SeparatorMenuItem(), join);
        MenuItem unlock = item("menu-unlock", "Unlock the baseline for editing", null, () -> workspace.base().ifPresent(b -> actions.setLocked(b.id(), false)));
        MenuItem lock = item("menu-lock", "Lock the baseline", null, () -> workspace.base().ifPresent(b -> actions.setLocked(b.id(), true)));
        Menu scenario = new Menu("Scenario", null,
                item("menu-new-proposal", "New proposal from the current structure…", null, this::newProposal),
                item("menu-duplicate", "Duplicate this proposal…", null, this::duplicate),
                item("menu-rename", "Rename this proposal…", null, this::rename),
                item("menu-delete", "Delete this proposal…", null, this::delete),
                new SeparatorMenuItem(),
                unlock, lock,
                new SeparatorMenuItem(),
                item("menu-glossary", "Glossary of abbreviations…", null,
                        () -> new org.reshape.ui.glossary.GlossaryDialog(workspace.model().glossary()).show().ifPresent(actions::setGlossary)));
        CheckMenuItem structure = new CheckMenuItem("Structure panel");
        structure.setId("menu-show-navigator");
        structure.setAccelerator(KeyCombination.keyCombination("Shortcut+1"));
        structure.selectedProperty().bindBidirectional(window.navigatorShownProperty());
        CheckMenuItem side = new CheckMenuItem("Changes and post panel");
        side.setId("menu-show-side");
        side.setAccelerator(KeyCombination.keyCombination("Shortcut+2"));
        side.selectedProperty().bindBidirectional(window.sidePanelShownProperty());
        Menu view = new Menu("View", null, structure, side);
        view.setId("menu-view");
        scenario.setId("menu-scenario");
        // only the one that applies: Unlock when the baseline is locked, Lock when it is not
        scenario.setOnShowing(e -> {
            boolean locked = workspace.base().map(Scenario::locked).orElse(false);
            unlock.setDisable(workspace.base().isEmpty() || !locked);
            lock.setDisable(workspace.base().isEmpty() || locked);
        });
        getMenus().addAll(file, edit, view, scenario, new HelpMenu());
    }

    private static MenuItem item(String id, String text, String accelerator, Runnable action) {
        MenuItem m = new MenuItem(text);
        m.setId(id);
        if (accelerator != null) {
            m.setAccelerator(KeyCombination.keyCombination(accelerator));
        }
        m.setOnAction(e -> action.run());
        return m;
    }

    private Optional<Scenario> target() {
        return workspace.editedScenario();
    }

    private Optional<Post> selected() {
        String key = workspace.selectedKeyProperty().get();
        return target().map(s -> key == null ? null : s.post(key));
    }

    private void addUnder() {
        Optional<Post> p = selected();
        if (p.isEmpty()) {
            actions.editor().refuse("Select the post the new one reports to first");
            return;
        }
        actions.addUnder(target().orElseThrow().id(), p.get().key()).ifPresent(key -> {
            workspace.focus(key);
            window.editNewPost();
        });
    }

    private void disestablish() {
        Optional<Post> p = selected();
        if (p.isEmpty()) {
            actions.editor().refuse("Select the post to disestablish first");
            return;
        }
        Scenario s = target().orElseThrow();
        String to = p.get().managerKey();
        if (!s.reportsTo(p.get().key()).isEmpty()) {
            List<String> choices = new ArrayList<>();
            String own = "Its manager" + (to.isEmpty() ? "" : " (" + s.post(to).title() + ")");
            choices.add(own);
            s.posts().stream().filter(x -> !x.key().equals(p.get().key())).forEach(x -> choices.add(x.title() + " [" + x.key() + "]"));
            ChoiceDialog<String> d = new ChoiceDialog<>(own, choices);
            d.setTitle("Disestablish " + p.get().title());
            d.setHeaderText("Who should its " + s.reportsTo(p.get().key()).size() + " reports report to?");
            Optional<String> pick = d.showAndWait();
            if (pick.isEmpty()) {
                return;
            }
            if (!pick.get().equals(own)) {
                to = pick.get().substring(pick.get().lastIndexOf('[') + 1, pick.get().length() - 1);
            }
        }
        if (s.reportsTo(p.get().key()).isEmpty() && !confirmDisestablish(p.get())) {
            return;
        }
        actions.disestablish(s.id(), p.get().key(), to);
    }

    /// Delete asks before a post goes, unless the user said not to; Undo still brings it back.
    private boolean confirmDisestablish(Post p) {
        if (!window.memory().flag("ask.disestablish", true)) {
            return true;
        }
        ButtonType go = new ButtonType("Disestablish", javafx.scene.control.ButtonBar.ButtonData.OK_DONE);
        Alert a = new Alert(Alert.AlertType.CONFIRMATION, "", go, ButtonType.CANCEL);
        a.setTitle("Disestablish a post");
        a.setHeaderText("Disestablish " + p.title() + "?");
        javafx.scene.control.CheckBox dontAsk = new javafx.scene.control.CheckBox("Don't ask again");
        dontAsk.setId("dont-ask-disestablish");
        javafx.scene.control.Label text = new javafx.scene.control.Label("The post leaves the proposal and is shown as a ghost in the"
                + " current structure. Edit ▸ Undo puts it back.");
        text.setWrapText(true);
        a.getDialogPane().setContent(new javafx.scene.layout.VBox(10, text, dontAsk));
        a.getDialogPane().setId("confirm-disestablish");
        a.initOwner(window.getScene() == null ? null : window.getScene().getWindow());
        boolean yes = a.showAndWait().filter(b -> b == go).isPresent();
        if (yes && dontAsk.isSelected()) {
            window.memory().putFlag("ask.disestablish", false);
            window.memory().save();
        }
        return yes;
    }

    private void merge() {
        Optional<Post> p = selected();
        if (p.isEmpty()) {
            actions.editor().refuse("Select the first of the two posts to merge");
            return;
        }
        Scenario s = target().orElseThrow();
        pickPost(s, p.get(), "merge-with", "Merge " + p.get().title(), "Merge " + p.get().title() + " with which post?").ifPresent(other -> {
            TextInputDialog name = new TextInputDialog("Head of Service (merged)");
            name.setTitle("Merge");
            name.setHeaderText("Title of the new post that replaces both");
            name.showAndWait().ifPresent(title -> actions.merge(s.id(), p.get().key(), other, title).ifPresent(workspace::focus));
        });
    }

    /// The keyboard's way to do what dragging a card does: the selected post and its team move under a post picked
    /// from a list; a move that would make a reporting loop is refused with its reason, as a drop is.
    private void moveUnder() {
        Optional<Post> p = selected();
        if (p.isEmpty()) {
            actions.editor().refuse("Select the post to move first");
            return;
        }
        Scenario s = target().orElseThrow();
        Optional<String> readOnly = actions.whyReadOnly(s.id());
        if (readOnly.isPresent()) {
            actions.editor().refuse("Not moved: " + readOnly.get());
            return;
        }
        pickPost(s, p.get(), "move-under", "Move " + p.get().title(), "Move " + p.get().title() + " and its team under which post?")
                .ifPresent(manager -> actions.whyNotMove(s.id(), p.get().key(), manager).ifPresentOrElse(
                        why -> actions.editor().refuse("Not moved: " + why),
                        () -> actions.moveUnder(s.id(), p.get().key(), manager, false)));
    }

    /// Asks for another post of the scenario, listed as "title [key]"; the key of the one picked.
    private Optional<String> pickPost(Scenario s, Post besides, String id, String title, String question) {
        List<String> choices = s.posts().stream().filter(x -> !x.key().equals(besides.key()))
                .map(x -> x.title() + " [" + x.key() + "]").toList();
        ChoiceDialog<String> d = new ChoiceDialog<>(null, choices);
        d.getDialogPane().setId(id);
        d.setTitle(title);
        d.setHeaderText(question);
        return d.showAndWait().map(pick -> pick.substring(pick.lastIndexOf('[') + 1, pick.length() - 1));
    }

    private void newProposal() {
        workspace.base().ifPresent(b -> ask("New proposal", "Name of the new proposal, copied from " + b.name(), "Option 2")
                .ifPresent(n -> actions.newProposal(b.id(), n)));
    }

    private void duplicate() {
        workspace.proposal().ifPresent(p -> ask("Duplicate", "Name of the copy of " + p.name(), p.name() + " (copy)")
                .ifPresent(n -> actions.duplicate(p.id(), n)));
    }

    private void rename() {
        workspace.proposal().ifPresent(p -> ask("Rename", "New name for " + p.name(), p.name()).ifPresent(n -> actions.rename(p.id(), n)));
    }

    private void delete() {
        workspace.proposal().ifPresent(p -> {
            Alert a = new Alert(Alert.AlertType.CONFIRMATION, "Delete " + p.name() + " and its " + p.size()
                    + " posts? You can undo this.", ButtonType.OK, ButtonType.CANCEL);
            a.setHeaderText("Delete a proposal");
            a.showAndWait().filter(b -> b == ButtonType.OK).ifPresent(b -> actions.delete(p.id()));
        });
    }

    private static Optional<String> ask(String title, String header, String initial) {
        TextInputDialog d = new TextInputDialog(initial);
        d.setTitle(title);
        d.setHeaderText(header);
        return d.showAndWait().map(String::strip).filter(s -> !s.isEmpty());
    }
}
