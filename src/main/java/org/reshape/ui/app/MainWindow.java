package org.reshape.ui.app;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.geometry.Orientation;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import org.reshape.change.ChangeKind;
import org.reshape.change.PostChange;
import org.reshape.costing.Comparison;
import org.reshape.domain.Model;
import org.reshape.domain.PayTable;
import org.reshape.domain.Scenario;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import org.reshape.ui.changes.ChangeListView;
import org.reshape.ui.edit.EditActions;
import org.reshape.store.DataDirectory;
import org.reshape.ui.finance.FinanceView;
import org.reshape.ui.metrics.MetricsView;
import org.reshape.ui.imports.ImportActions;
import org.reshape.ui.imports.ImportPrompts;
import org.reshape.ui.tasks.FxTasks;
import org.reshape.ui.tasks.Tasks;
import org.reshape.ui.inspector.InspectorView;
import org.reshape.ui.chart.CardMark;
import org.reshape.ui.chart.ChartPane;
import org.reshape.ui.chart.Legend;
import org.reshape.ui.navigator.NavigatorView;
import org.reshape.ui.status.StatusBar;
import org.reshape.ui.workspace.Mode;
import org.reshape.ui.workspace.Workspace;

/// The main window's content: navigator, charts, change list, legend and status bar.
public final class MainWindow extends BorderPane {
    private final Workspace workspace;
    private final ChartPane currentChart = new ChartPane("current-chart");
    private final ChartPane proposedChart = new ChartPane("proposed-chart");
    private final SplitPane charts = new SplitPane();
    private final NavigatorView navigator;
    private final ChangeListView changes;
    private final Legend legend = new Legend();
    private final SplitPane body;
    private final VBox top;

    private final EditActions actions;
    private final InspectorView inspector;
    /// Built the first time Finance mode is chosen: most sessions start with the charts.
    private FinanceView finance;
    private final SplitPane financeArea = new SplitPane();
    /// Built the first time Metrics mode is chosen.
    private MetricsView metrics;
    /// Navigator, main area and side panel: the main area gets two thirds.
    private static final double[] DIVIDERS = {0.15, 0.80};

    public MainWindow(Workspace workspace, EditActions actions) {
        this.workspace = workspace;
        this.actions = actions;
        setId("main-window");
        navigator = new NavigatorView(workspace);
        changes = new ChangeListView(workspace);
        inspector = new InspectorView(workspace, actions);
        financeArea.setOrientation(Orientation.VERTICAL);
        charts.setOrientation(Orientation.HORIZONTAL);
        Tab postTab = new Tab("Post", inspector);
        postTab.setId("tab-post");
        Tab changesTab = new Tab("Changes", changes);
        changesTab.setId("tab-changes");
        TabPane tabs = new TabPane(changesTab, postTab);
        tabs.setId("side-tabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        VBox right = new VBox(tabs, legend);
        VBox.setVgrow(tabs, javafx.scene.layout.Priority.ALWAYS);
        body = new SplitPane(navigator, charts, right);
        body.setId("body");
        body.setDividerPositions(DIVIDERS);
        SplitPane.setResizableWithParent(navigator, false);
        SplitPane.setResizableWithParent(right, false);
        Tasks tasks = new FxTasks();
        ImportActions imports = new ImportActions(workspace, actions, tasks, ImportPrompts.DIALOGS,
                DataDirectory.dataDir().resolve("import-mapping.properties"));
        top = new VBox(new Menus(workspace, actions, new FileMenu(workspace, actions, imports, tasks, this)), new Toolbar(workspace, this));
        setTop(top);
        setCenter(body);
        setBottom(new StatusBar(workspace, actions.editor()));

        for (ChartPane pane : List.of(currentChart, proposedChart)) {
            pane.canvas().selectedKeyProperty().bindBidirectional(workspace.selectedKeyProperty());
            pane.canvas().setDropPolicy(new ChartDrops(actions, pane));
        }
        workspace.selectedKeyProperty().addListener((obs, old, key) -> {
            if (key != null) {
                visibleCharts().forEach(p -> p.reveal(key));
            }
        });
        workspace.focusProperty().subscribe(f -> {
            if (f != null) {
                visibleCharts().forEach(p -> p.centreOn(f.key()));
            }
        });
        workspace.comparisonProperty().subscribe(c -> refresh());
        workspace.modeProperty().subscribe(m -> refresh());
        workspace.layoutOptionsProperty().subscribe(o -> refresh());
        workspace.metricsSettingsProperty().subscribe(o -> refresh());
    }

    /// Shows a banner (the welcome) under the tool bar, above the charts; it removes itself.
    public void showBanner(javafx.scene.Node banner) {
        top.getChildren().add(banner);
    }

    public ChartPane currentChart() {
        return currentChart;
    }

    public ChartPane proposedChart() {
        return proposedChart;
    }

    public List<ChartPane> visibleCharts() {
        var area = workspace.modeProperty().get() == Mode.FINANCE ? financeArea.getItems() : charts.getItems();
        return area.stream().filter(ChartPane.class::isInstance).map(ChartPane.class::cast).toList();
    }

    public MetricsView metrics() {
        if (metrics == null) {
            metrics = new MetricsView(workspace);
        }
        return metrics;
    }

    public FinanceView finance() {
        if (finance == null) {
            finance = new FinanceView(workspace, actions);
        }
        return finance;
    }

    /// Redraws the charts for the model, the mode and the comparison.
    void refresh() {
        Model model = workspace.model();
        if (model == null) {
            return;
        }
        Mode mode = workspace.modeProperty().get();
        Scenario base = workspace.base().orElse(null);
        Scenario proposal = workspace.proposal().orElse(null);
        Comparison cmp = workspace.comparison();
        PayTable pay = new PayTable(model, workspace.settings().year().start());
        boolean compare = mode == Mode.COMPARE && cmp != null;
        Map<String, List<CardMark>> baseMarks = new HashMap<>();
        Map<String, List<CardMark>> proposalMarks = new HashMap<>();
        Set<String> ghosts = new HashSet<>();
        if (compare) {
            for (PostChange c : cmp.changes().changes()) {
                List<CardMark> marks = CardMark.of(c);
                if (c.is(ChangeKind.DISESTABLISHED)) {
                    ghosts.add(c.key());
                    baseMarks.put(c.key(), marks);
                } else if (c.is(ChangeKind.NEW)) {
                    proposalMarks.put(c.key(), marks);
                } else {
                    baseMarks.put(c.key(), marks);
                    proposalMarks.put(c.key(), marks);
                }
            }
        }
        if (compare && workspace.metrics() != null) {
            addFlags(workspace.metrics().base(), baseMarks);
            addFlags(workspace.metrics().proposal(), proposalMarks);
        }
        var options = workspace.layoutOptionsProperty().get();
        List<ChartPane> shown = new java.util.ArrayList<>();
        if (base != null && mode != Mode.PROPOSED) {
            currentChart.show(model, base, pay, baseMarks, ghosts, options);
            shown.add(currentChart);
        }
        if (proposal != null && mode != Mode.CURRENT) {
            proposedChart.show(model, proposal, pay, proposalMarks, Set.of(), options);
            shown.add(proposedChart);
        }
        if (mode == Mode.METRICS) {
            MetricsView view = metrics();
            if (body.getItems().get(1) != view) {
                charts.getItems().clear();
                financeArea.getItems().clear();
                body.getItems().set(1, view);
                body.setDividerPositions(DIVIDERS);
            }
            view.refresh();
        } else if (mode == Mode.FINANCE) {
            shown.remove(currentChart);
            FinanceView finance = finance();
            if (!financeArea.getItems().equals(List.of(finance, proposedChart))) {
                charts.getItems().clear();
                financeArea.getItems().setAll(finance, proposedChart);
                financeArea.setDividerPositions(0.68);
                body.getItems().set(1, financeArea);
                body.setDividerPositions(DIVIDERS);
            }
            finance.refresh();
        } else {
            if (body.getItems().get(1) != charts) {
                // leaving Finance or Metrics
                financeArea.getItems().clear();
                body.getItems().set(1, charts);
                body.setDividerPositions(DIVIDERS);
            }
            if (!charts.getItems().equals(shown)) {
                charts.getItems().setAll(shown);
                if (shown.size() == 2) {
                    charts.setDividerPositions(0.5);
                }
            }
        }
        Scenario navigated = mode == Mode.CURRENT || proposal == null ? base : proposal;
        if (navigated != null) {
            navigator.show(model, navigated);
        }
        legend.show(model, compare);
    }

    /// Puts a design flag's mark (under or over span, grade relativity) on the post's card.
    private static void addFlags(org.reshape.metrics.ScenarioMetrics m, Map<String, List<CardMark>> marks) {
        m.flagsByPost().forEach((key, flags) -> {
            List<CardMark> list = new java.util.ArrayList<>(marks.getOrDefault(key, List.of()));
            for (org.reshape.metrics.Flag f : flags) {
                CardMark mark = CardMark.of(f);
                if (mark != null && !list.contains(mark)) {
                    list.add(mark);
                }
            }
            marks.put(key, list);
        });
    }

    public InspectorView inspector() {
        return inspector;
    }

    public EditActions actions() {
        return actions;
    }

    public NavigatorView navigator() {
        return navigator;
    }

    public ChangeListView changes() {
        return changes;
    }
}
