package org.reshape.ui.app;

import java.io.File;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.ChoiceDialog;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.stage.FileChooser;
import org.reshape.domain.Model;
import org.reshape.domain.Scenario;
import org.reshape.io.establishment.EstablishmentExport;
import org.reshape.io.json.ModelFiles;
import org.reshape.io.organogram.OrganogramExport;
import org.reshape.io.organogram.OrganogramFiles;
import org.reshape.report.Transparency;
import org.reshape.ui.edit.EditActions;
import org.reshape.ui.imports.ImportActions;
import org.reshape.ui.tasks.Tasks;
import org.reshape.ui.workspace.Workspace;

/// File: open and save model files, import organograms and establishment
/// lists, export a scenario in the same formats.
final class FileMenu extends Menu {
    private final Workspace workspace;
    private final EditActions actions;
    private final ImportActions imports;
    private final Tasks tasks;
    private final Node anchor;

    FileMenu(Workspace workspace, EditActions actions, ImportActions imports, Tasks tasks, Node anchor) {
        super("File");
        this.workspace = workspace;
        this.actions = actions;
        this.imports = imports;
        this.tasks = tasks;
        this.anchor = anchor;
        setId("menu-file");
        getItems().addAll(
                item("menu-open", "Open a model file…", this::open),
                item("menu-save-copy", "Save a copy as a model file…", this::saveCopy),
                new SeparatorMenuItem(),
                appendix(),
                new ChartPictureMenu((MainWindow) anchor, actions),
                new SeparatorMenuItem(),
                item("menu-import-organogram", "Import an organogram (senior and junior CSV)…", this::importOrganogram),
                item("menu-import-establishment", "Import an establishment list (CSV or .xlsx)…", this::importEstablishment),
                new SeparatorMenuItem(),
                item("menu-export-establishment", "Export the shown structure as an establishment CSV…", this::exportEstablishment),
                item("menu-export-organogram", "Export the shown structure as organogram CSVs…", this::exportOrganogram),
                item("menu-transparency", "Transparency Code data for the shown structure (CSV and PDF)…", this::exportTransparency),
                new SeparatorMenuItem(),
                quit());
    }

    /// File ▸ Quit (Ctrl+Q): closes the window the way its close button does, which saves where it was left.
    private MenuItem quit() {
        MenuItem m = item("menu-quit", "Quit", () -> {
            javafx.stage.Window w = window();
            javafx.stage.WindowEvent close = new javafx.stage.WindowEvent(w, javafx.stage.WindowEvent.WINDOW_CLOSE_REQUEST);
            w.fireEvent(close);
            if (!close.isConsumed()) {
                w.hide();
            }
        });
        m.setAccelerator(javafx.scene.input.KeyCombination.keyCombination("Shortcut+Q"));
        return m;
    }

    private MenuItem appendix() {
        MenuItem m = item("menu-appendix", "Appendix: preview, print or save as PDF…", this::openAppendix);
        m.setAccelerator(javafx.scene.input.KeyCombination.keyCombination("Shortcut+P"));
        return m;
    }

    private void openAppendix() {
        javafx.stage.Stage stage = new javafx.stage.Stage();
        stage.initOwner(window());
        stage.setTitle("Appendix");
        // no taller or wider than the screen's visible area (a laptop's is 1366×728 or so)
        javafx.geometry.Rectangle2D visible = javafx.stage.Screen.getPrimary().getVisualBounds();
        WindowMemory memory = anchor instanceof MainWindow w ? w.memory() : WindowMemory.session();
        stage.setOnHidden(e -> memory.save());
        stage.setScene(new javafx.scene.Scene(new org.reshape.ui.appendix.AppendixPreview(workspace, memory.asAppendixMemory(), stage::close),
                Math.min(1200, visible.getWidth() - 40), Math.min(900, visible.getHeight() - 40)));
        stage.show();
    }

    private static MenuItem item(String id, String text, Runnable action) {
        MenuItem m = new MenuItem(text);
        m.setId(id);
        m.setOnAction(e -> action.run());
        return m;
    }

    private javafx.stage.Window window() {
        return anchor.getScene().getWindow();
    }

    private FileChooser chooser(String title, String kind, String... patterns) {
        FileChooser c = new FileChooser();
        c.setTitle(title);
        c.getExtensionFilters().add(new FileChooser.ExtensionFilter(kind, patterns));
        return c;
    }

    private void open() {
        File f = chooser("Open a model file", "Reshape model", "*.reshape.json", "*.reshape", "*.json").showOpenDialog(window());
        if (f == null) {
            return;
        }
        tasks.run("Read " + f.getName(), p -> {
            try {
                return ModelFiles.read(f.toPath());
            } catch (java.io.IOException e) {
                throw new IllegalArgumentException(e.getMessage(), e);
            }
        }, model -> {
            if (model.id().equals(workspace.model().id()) && !confirmReplace(model)) {
                return;
            }
            actions.editor().open(model);
        }, e -> actions.editor().refuse("Not opened: " + e.getMessage()));
    }

    /// Opening a file of the model already open replaces it, edits and all: ask first.
    private boolean confirmReplace(Model model) {
        javafx.scene.control.Alert a = new javafx.scene.control.Alert(javafx.scene.control.Alert.AlertType.CONFIRMATION,
                "The file holds \"" + model.name() + "\", which is the model open now. Opening it replaces the open model, "
                        + "with every change made to it here, by the file's version.",
                javafx.scene.control.ButtonType.OK, javafx.scene.control.ButtonType.CANCEL);
        a.setHeaderText("Replace the open model?");
        return a.showAndWait().filter(b -> b == javafx.scene.control.ButtonType.OK).isPresent();
    }

    private void saveCopy() {
        Model m = workspace.model();
        FileChooser c = chooser("Save a copy as a model file", "Reshape model", "*.reshape.json");
        c.setInitialFileName(m.id() + ".reshape.json");
        File f = c.showSaveDialog(window());
        if (f != null) {
            write("Saved " + f, () -> ModelFiles.write(m, f.toPath()));
        }
    }

    private void importOrganogram() {
        FileChooser c = chooser("Choose the senior and the junior CSV of one organogram (or a senior CSV alone)", "CSV", "*.csv");
        List<File> files = c.showOpenMultipleDialog(window());
        if (files == null || files.isEmpty() || files.size() > 2) {
            if (files != null) {
                actions.editor().refuse("Choose two files, the senior and the junior CSV, or a senior CSV alone");
            }
            return;
        }
        File senior = files.stream().filter(x -> x.getName().toLowerCase(Locale.UK).contains("senior")).findFirst().orElse(files.get(0));
        File junior = files.size() == 1 ? null : files.get(0) == senior ? files.get(1) : files.get(0);
        OrganogramFiles pair = OrganogramFiles.of(senior.toPath(), junior == null ? null : junior.toPath());
        String name = pair.date().map(d -> "Organogram " + d.format(DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK)))
                .orElse("Organogram " + senior.getName());
        askBase(name).ifPresent(base -> imports.importOrganogram(window(), pair, name, base.orElse(null)));
    }

    private void importEstablishment() {
        File f = chooser("Import an establishment list", "CSV or Excel", "*.csv", "*.xlsx").showOpenDialog(window());
        if (f == null) {
            return;
        }
        var preview = imports.preview(f.toPath());
        if (preview.value().isEmpty()) {
            actions.editor().refuse("Not imported: " + preview.report().problems().getFirst());
            return;
        }
        var p = preview.value().get();
        imports.askMapping(p).ifPresent(mapping -> {
            String name = f.getName().replaceFirst("\\.[^.]+$", "");
            askBase(name).ifPresent(base -> imports.importEstablishment(window(), f.toPath(), mapping, name, base.orElse(null)));
        });
    }

    /// Empty outer optional: the user cancelled; empty inner: import as a new baseline.
    private Optional<Optional<String>> askBase(String name) {
        List<String> choices = new ArrayList<>();
        String baseline = "as a new baseline structure";
        choices.add(baseline);
        for (Scenario s : workspace.model().scenarios()) {
            choices.add("as a proposal from " + s.name());
        }
        ChoiceDialog<String> d = new ChoiceDialog<>(baseline, choices);
        d.setTitle("Import " + name);
        d.setHeaderText("Import " + name + "…");
        return d.showAndWait().map(choice -> choice.equals(baseline) ? Optional.empty()
                : workspace.model().scenarios().stream().filter(s -> choice.equals("as a proposal from " + s.name()))
                        .map(Scenario::id).findFirst());
    }

    private void exportEstablishment() {
        Scenario s = workspace.editedScenario().orElse(null);
        if (s == null) {
            return;
        }
        FileChooser c = chooser("Export " + s.name() + " as an establishment CSV", "CSV", "*.csv");
        c.setInitialFileName(org.reshape.io.imports.Ids.slug(s.name(), 60) + ".csv");
        File f = c.showSaveDialog(window());
        if (f != null) {
            write("Exported " + f, () -> EstablishmentExport.write(workspace.model(), s, f.toPath()));
        }
    }

    private void exportOrganogram() {
        Scenario s = workspace.editedScenario().orElse(null);
        if (s == null) {
            return;
        }
        FileChooser c = chooser("Export " + s.name() + " as organogram CSVs (the junior file goes beside it)", "CSV", "*.csv");
        c.setInitialFileName(org.reshape.io.imports.Ids.slug(s.name(), 60) + "-senior.csv");
        File f = c.showSaveDialog(window());
        if (f != null) {
            Path senior = f.toPath();
            Path junior = senior.resolveSibling(senior.getFileName().toString().replace("-senior", "").replaceFirst("\\.csv$", "") + "-junior.csv");
            write("Exported " + senior + " and " + junior.getFileName(), () -> OrganogramExport.write(workspace.model(), s, senior, junior));
        }
    }

    /// The Local Government Transparency Code 2015's organisation chart and senior salaries, into a folder.
    private void exportTransparency() {
        Scenario s = workspace.editedScenario().orElse(null);
        if (s == null) {
            return;
        }
        javafx.scene.control.TextInputDialog ask = new javafx.scene.control.TextInputDialog();
        ask.setTitle("Transparency Code data");
        ask.setHeaderText("The contact published beside every post");
        ask.setContentText("A team e-mail address or phone number, never a person's own:");
        Optional<String> contact = ask.showAndWait();
        if (contact.isEmpty()) {
            return;
        }
        javafx.stage.DirectoryChooser c = new javafx.stage.DirectoryChooser();
        c.setTitle("Folder for " + Transparency.CHART_FILE + ", " + Transparency.SENIOR_FILE + " and " + Transparency.PDF_FILE);
        File dir = c.showDialog(window());
        if (dir != null) {
            Model model = workspace.model();
            write("Wrote the Transparency Code data for " + s.name() + " in " + dir,
                    () -> Transparency.of(model, s, Transparency.Contact.parse(contact.get()), java.time.LocalDate.now()).write(dir.toPath()));
        }
    }

    private interface Io {
        void run() throws java.io.IOException;
    }

    private void write(String done, Io work) {
        tasks.run(done, p -> {
            try {
                work.run();
                return done;
            } catch (java.io.IOException e) {
                throw new IllegalStateException(e.getMessage(), e);
            }
        }, actions.editor()::refuse, e -> actions.editor().refuse("Not written: " + e.getMessage()));
    }
}
