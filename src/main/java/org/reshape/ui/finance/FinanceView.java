package org.reshape.ui.finance;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceDialog;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
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
import org.reshape.costing.Costing;
import org.reshape.costing.Sensitivity;
import org.reshape.domain.Division;
import org.reshape.domain.Model;
import org.reshape.domain.Money;
import org.reshape.report.finance.FinanceCsv;
import org.reshape.report.finance.FinanceTable;
import org.reshape.report.finance.FinanceTables;
import org.reshape.report.finance.FinanceWorkbook;
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
    private final WaterfallChart waterfall = new WaterfallChart();
    private final TabPane tabs = new TabPane();
    private final Label reconcile = new Label();
    private final Label sensitivity = new Label();
    private List<FinanceTable> tables = List.of();

    public FinanceView(Workspace workspace, EditActions actions) {
        this.workspace = workspace;
        this.actions = actions;
        setId("finance");
        setTop(new FinanceSettingsView(workspace, actions));
        SplitPane bridgePane = new SplitPane(waterfall, bridge);
        bridgePane.setOrientation(Orientation.VERTICAL);
        bridgePane.setDividerPositions(0.5);
        tabs.getTabs().addAll(tab("By division", divisions), tab("By grade", grades), tab("Bridge", bridgePane), tab("Summary", summary));
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        setCenter(tabs);
        reconcile.setId("finance-reconcile");
        reconcile.setWrapText(true);
        sensitivity.setId("finance-sensitivity");
        sensitivity.setWrapText(true);
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        HBox buttons = new HBox(6, grow, button("finance-budget", "Set a budget…", this::askBudget),
                button("finance-copy", "Copy table", this::copy), button("finance-export-csv", "Export CSV…", this::chooseCsv),
                button("finance-export-xlsx", "Export .xlsx…", this::chooseXlsx));
        VBox bottom = new VBox(4, reconcile, sensitivity, buttons);
        bottom.setPadding(new Insets(6, 10, 8, 10));
        setBottom(bottom);
        waterfall.setOnSelect(workspace::focus);
        bridge.getSelectionModel().selectedItemProperty().addListener((obs, old, row) -> {
            if (row != null && !String.valueOf(row.getFirst()).isEmpty()) {
                workspace.focus(String.valueOf(row.getFirst()));
            }
        });
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
        Model m = workspace.model();
        if (full == null || m == null) {
            tables = List.of();
            reconcile.setText("No proposal to compare.");
            return;
        }
        var settings = workspace.settings();
        var base = full.base().scenario();
        var proposal = full.proposal().scenario();
        Comparison part = new Costing(m, settings).comparePartYear(base, proposal);
        Sensitivity s = Sensitivity.of(m, base, proposal, settings);
        tables = FinanceTables.of(full, part, s, budgets(m));
        divisions.show(tables.get(0));
        grades.show(tables.get(1));
        bridge.show(tables.get(2));
        summary.show(tables.get(3));
        waterfall.show(full);
        boolean adds = full.bridgeTotal().equals(full.difference());
        reconcile.setText("The " + full.bridge().size() + " bridge lines add up to " + full.bridgeTotal().formatSigned()
                + (adds ? ", which is the difference to the penny." : ", which is NOT the difference " + full.difference().formatSigned() + ".")
                + " Full year " + full.difference().formatSigned() + "; " + part.period() + " " + part.difference().formatSigned() + ".");
        sensitivity.setText("Lines resting on assumed grades or values: " + s.assumedPart().formatSigned()
                + ". Costed at the bottom of every grade the difference is " + s.atBottom().formatSigned()
                + ", at the top " + s.atTop().formatSigned() + ".");
    }

    static Map<String, Money> budgets(Model m) {
        Map<String, Money> out = new HashMap<>();
        m.divisions().stream().filter(d -> d.budget() != null).forEach(d -> out.put(d.id(), d.budget()));
        return out;
    }

    public List<FinanceTable> tables() {
        return tables;
    }

    /// The finance tables, then the spans and layers of both structures (Metrics mode's thresholds).
    public void exportXlsx(Path file) throws IOException {
        List<FinanceTable> all = new java.util.ArrayList<>(tables);
        var metrics = workspace.metrics();
        if (metrics != null) {
            all.addAll(org.reshape.report.metrics.MetricsTables.of(List.of(metrics.base(), metrics.proposal())));
        }
        FinanceWorkbook.write(all, file);
    }

    public void exportCsv(Path file) throws IOException {
        try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8))) {
            FinanceCsv.write(tables, out);
        }
    }

    /// The table on the open tab as tab-separated text, for pasting into a spreadsheet.
    public String selectedTableTsv() {
        int i = tabs.getSelectionModel().getSelectedIndex();
        FinanceTable t = switch (i) {
            case 1 -> grades.table();
            case 2 -> bridge.table();
            case 3 -> summary.table();
            default -> divisions.table();
        };
        return t == null ? "" : t.toTsv();
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
