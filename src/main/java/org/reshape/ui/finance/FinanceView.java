package org.reshape.ui.finance;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceDialog;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextInputDialog;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import org.reshape.costing.Comparison;
import org.reshape.domain.Division;
import org.reshape.domain.Model;
import org.reshape.domain.Money;
import org.reshape.report.finance.FinanceTable;
import org.reshape.ui.edit.EditActions;
import org.reshape.ui.workspace.Workspace;

/// The finance officer's view of a proposal against its base: the settings,
/// the tables by division (with budgets) and by grade, the bridge as a
/// waterfall and a table, the full- and part-year effects, how much rests on
/// assumptions, and exports to `.xlsx`, CSV and the clipboard.
public final class FinanceView extends BorderPane {
    private final Workspace workspace;
    private final EditActions actions;
    private final FinanceTableView divisions = new FinanceTableView("finance-divisions");
    private final FinanceTableView grades = new FinanceTableView("finance-grades");
    private final FinanceTableView bridge = new FinanceTableView("finance-bridge");
    private final FinanceTableView summary = new FinanceTableView("finance-summary");
    private final FinanceTableView sensitivityTable = new FinanceTableView("finance-sensitivity-table");
    private final WaterfallChart waterfall = new WaterfallChart();
    private final TabPane tabs = new TabPane();
    private final Label headline = new Label();
    private final Label reconcile = new Label();
    private final Label sensitivity = new Label();
    private final Label warnings = new Label();
    private final FinanceViewModel vm = new FinanceViewModel();
    /// In a window less tall than this (a laptop's) the settings and the reconciliation start folded.
    static final double TALL = 900;
    private final javafx.scene.control.TitledPane settingsPane = new javafx.scene.control.TitledPane();
    private final javafx.scene.control.TitledPane checksPane = new javafx.scene.control.TitledPane();
    private boolean folded;

    public FinanceView(Workspace workspace, EditActions actions) {
        this.workspace = workspace;
        this.actions = actions;
        setId("finance");
        // on a laptop the settings and the reconciliation fold away (their titles say what they hold), so the
        // tables and the bridge get the height; on a taller window they start open
        settingsPane.setContent(new FinanceSettingsView(workspace, actions));
        settingsPane.setId("finance-settings-pane");
        setTop(settingsPane);
        // the waterfall and the bridge's lines each get the whole height of the tab: on a laptop, sharing it left
        // the table one or two lines
        tabs.getTabs().addAll(tab("By division", divisions), tab("By grade", grades), tab("Waterfall", waterfall),
                tab("Bridge", bridge), tab("Summary", summary), tab("Sensitivity", sensitivityTable));
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        setCenter(tabs);
        headline.setId("finance-headline");
        headline.getStyleClass().add("finance-headline");
        headline.setWrapText(true);
        headline.textProperty().bind(vm.headlineProperty());
        warnings.setId("finance-warnings");
        warnings.getStyleClass().add("status-warning");
        warnings.setWrapText(true);
        warnings.textProperty().bind(vm.warningsProperty());
        warnings.managedProperty().bind(warnings.textProperty().isNotEmpty());
        warnings.visibleProperty().bind(warnings.managedProperty());
        reconcile.textProperty().bind(vm.reconcileProperty());
        sensitivity.textProperty().bind(vm.sensitivityProperty());
        reconcile.setId("finance-reconcile");
        reconcile.setWrapText(true);
        sensitivity.setId("finance-sensitivity");
        sensitivity.setWrapText(true);
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        // compact tables by default; the pay, NI, pension and levy columns on demand
        javafx.scene.control.CheckBox detail = new javafx.scene.control.CheckBox("All columns");
        detail.setTooltip(new javafx.scene.control.Tooltip("Salary, NI, pension and levy; the bridge's post keys, salary and on-costs, and sources"));
        detail.setId("finance-detail-columns");
        for (FinanceTableView t : List.of(divisions, grades, bridge)) {
            t.detailedProperty().bind(detail.selectedProperty());
        }
        HBox buttons = new HBox(6, detail, grow, button("finance-budget", "Set a budget…", this::askBudget),
                button("finance-copy", "Copy table", this::copy), button("finance-export-csv", "Export CSV…", this::chooseCsv),
                button("finance-export-xlsx", "Export .xlsx…", this::chooseXlsx));
        checksPane.setContent(new VBox(4, reconcile, sensitivity));
        checksPane.setId("finance-checks-pane");
        checksPane.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> "How the figures add up" + (vm.reconcileProperty().get().isEmpty() ? "" : " — each bridge adds up to the penny"),
                vm.reconcileProperty()));
        sceneProperty().addListener((obs, old, scene) -> {
            if (!folded && scene != null && scene.getHeight() > 0) {
                folded = true;
                for (javafx.scene.control.TitledPane p : List.of(settingsPane, checksPane)) {
                    p.setAnimated(false);
                    p.setExpanded(scene.getHeight() >= TALL);
                    p.setAnimated(true);
                }
            }
        });
        VBox bottom = new VBox(4, headline, warnings, checksPane, buttons);
        bottom.setPadding(new Insets(6, 10, 8, 10));
        setBottom(bottom);
        settingsPane.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> "Costing settings — " + settingsInBrief(workspace.settings()), workspace.modelProperty()));
        // a folded pane's title never widens the view beyond the window (it is shortened instead)
        settingsPane.setMinWidth(0);
        checksPane.setMinWidth(0);
        waterfall.setOnSelect(workspace::focus);
        bridge.getSelectionModel().selectedItemProperty().addListener((obs, old, row) -> {
            if (row != null && !String.valueOf(row.getFirst()).isEmpty()) {
                workspace.focus(String.valueOf(row.getFirst()));
            }
        });
    }

    /// "top of grade, 2024/25, with on-costs": the status bar gives the rates.
    static String settingsInBrief(org.reshape.domain.CostSettings s) {
        return s.basis().label() + ", " + s.year() + (s.onCosts() ? ", with on-costs" : ", salary only");
    }

    private static Tab tab(String name, javafx.scene.Node content) {
        Tab t = new Tab(name, content);
        t.setId("finance-tab-" + name.toLowerCase(java.util.Locale.ROOT).replace(' ', '-'));
        return t;
    }

    private static Button button(String id, String text, Runnable action) {
        Button b = new Button(text);
        b.setId(id);
        b.setOnAction(e -> action.run());
        return b;
    }

    /// Recomputes everything from the workspace's comparison.
    public void refresh() {
        Comparison full = workspace.comparison();
        vm.refresh(workspace.model(), workspace.settings(), full);
        List<FinanceTable> tables = vm.tables();
        if (tables.isEmpty()) {
            return;
        }
        divisions.show(tables.get(0));
        grades.show(tables.get(1));
        bridge.show(tables.get(2));
        summary.show(tables.get(3));
        if (tables.size() > 4) {
            sensitivityTable.show(tables.get(4));
        }
        waterfall.show(full);
    }

    public FinanceViewModel viewModel() {
        return vm;
    }

    public List<FinanceTable> tables() {
        return vm.tables();
    }

    /// The finance tables, then the spans and layers of both structures (Metrics mode's thresholds).
    public void exportXlsx(Path file) throws IOException {
        var metrics = workspace.metrics();
        vm.exportXlsx(file, metrics == null ? List.of()
                : org.reshape.report.metrics.MetricsTables.of(List.of(metrics.base(), metrics.proposal())));
    }

    public void exportCsv(Path file) throws IOException {
        vm.exportCsv(file);
    }

    /// The table on the open tab (the bridge's lines on the waterfall's) as tab-separated text, for a spreadsheet.
    public String selectedTableTsv() {
        // tabs: division, grade, waterfall, bridge, summary; the waterfall copies the bridge's lines
        int tab = Math.max(0, tabs.getSelectionModel().getSelectedIndex());
        return vm.tsv(tab <= 2 ? tab : tab - 1);
    }

    private void copy() {
        ClipboardContent content = new ClipboardContent();
        content.putString(selectedTableTsv());
        javafx.scene.input.Clipboard.getSystemClipboard().setContent(content);
        actions.editor().refuse("Copied the table; paste it into a spreadsheet");
    }

    private void chooseXlsx() {
        Path file = choose("Export the finance tables", "Excel workbook", "*.xlsx", "reshape-finance.xlsx");
        if (file != null) {
            report(() -> exportXlsx(file), file);
        }
    }

    private void chooseCsv() {
        Path file = choose("Export the finance tables", "CSV", "*.csv", "reshape-finance.csv");
        if (file != null) {
            report(() -> exportCsv(file), file);
        }
    }

    private interface Io {
        void run() throws IOException;
    }

    private void report(Io work, Path file) {
        try {
            work.run();
            actions.editor().refuse("Exported " + file);
        } catch (IOException e) {
            actions.editor().refuse("Could not export " + file + ": " + e.getMessage());
        }
    }

    private Path choose(String title, String kind, String pattern, String name) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.setInitialFileName(name);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(kind, pattern));
        var f = chooser.showSaveDialog(getScene().getWindow());
        return f == null ? null : f.toPath();
    }

    private void askBudget() {
        Model m = workspace.model();
        ChoiceDialog<String> which = new ChoiceDialog<>(m.divisions().getFirst().name(), m.divisions().stream().map(Division::name).toList());
        which.setTitle("Set a budget");
        which.setHeaderText("Which division's budget?");
        which.showAndWait().flatMap(name -> m.divisions().stream().filter(d -> d.name().equals(name)).findFirst()).ifPresent(d -> {
            TextInputDialog amount = new TextInputDialog(d.budget() == null ? "" : d.budget().toPlainString());
            amount.setTitle("Budget of " + d.name());
            amount.setHeaderText("Staffing budget in pounds (leave empty for none)");
            amount.showAndWait().ifPresent(text -> {
                try {
                    actions.setBudget(d.id(), text.isBlank() ? null : Money.parse(text));
                } catch (IllegalArgumentException e) {
                    actions.editor().refuse("Budget not set: " + e.getMessage());
                }
            });
        });
    }
}
