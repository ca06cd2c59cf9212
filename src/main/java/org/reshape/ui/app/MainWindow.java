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
    private final VBox right;
    private final Tab postTab;
    private final TabPane tabs;
    private final WindowMemory memory;
    private final javafx.beans.property.BooleanProperty navigatorShown = new javafx.beans.property.SimpleBooleanProperty(this, "navigatorShown", true);
    private final javafx.beans.property.BooleanProperty sidePanelShown = new javafx.beans.property.SimpleBooleanProperty(this, "sidePanelShown", true);
    /// The widths the side panels had when last shown, in pixels.
    private double navigatorWidth;
    private double sideWidth;
    /// Built the first time Metrics mode is chosen.
    private MetricsView metrics;

    public MainWindow(Workspace workspace, EditActions actions) {
        this(workspace, actions, WindowMemory.session());
    }

    public MainWindow(Workspace workspace, EditActions actions, WindowMemory memory) {
        this.workspace = workspace;
        this.actions = actions;
        this.memory = memory;
        setId("main-window");
        navigator = new NavigatorView(workspace);
        changes = new ChangeListView(workspace);
        inspector = new InspectorView(workspace, actions);
        financeArea.setOrientation(Orientation.VERTICAL);
        charts.setOrientation(Orientation.HORIZONTAL);
        postTab = new Tab("Post", inspector);
        postTab.setId("tab-post");
        Tab changesTab = new Tab("Changes", changes);
        changesTab.setId("tab-changes");
        // The proposal's consultation timetable (issue 14), scrolling in the side panel like the post's form.
        javafx.scene.control.ScrollPane timeline = new javafx.scene.control.ScrollPane(
                new org.reshape.ui.consultation.TimelineView(workspace, actions));
        timeline.setFitToWidth(true);
        Tab consultationTab = new Tab("Consultation", timeline);
        consultationTab.setId("tab-consultation");
        tabs = new TabPane(changesTab, postTab, consultationTab);
        tabs.setId("side-tabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        // the legend folds away (remembered); on a laptop screen it starts folded so the changes have room
        javafx.scene.control.TitledPane legendPane = new javafx.scene.control.TitledPane("Legend", legend);
        legendPane.setId("legend-pane");
        legendPane.setAnimated(false);
        legendPane.setExpanded(memory.flag("window.legend.shown",
                javafx.stage.Screen.getPrimary().getVisualBounds().getHeight() >= 900));
        legendPane.expandedProperty().addListener((obs, old, open) -> memory.putFlag("window.legend.shown", open));
        right = new VBox(tabs, legendPane);
        right.setId("side-panel");
        right.setMinWidth(0);
        navigator.setMinWidth(0);
        VBox.setVgrow(tabs, javafx.scene.layout.Priority.ALWAYS);
        body = new SplitPane(navigator, charts, right);
        body.setId("body");
        SplitPane.setResizableWithParent(navigator, false);
        SplitPane.setResizableWithParent(right, false);
        navigatorShown.set(memory.flag("window.navigator.shown", true));
        sidePanelShown.set(memory.flag("window.side.shown", true));
        navigatorWidth = memory.number("window.navigator.width", Double.NaN, 120, 800);
        sideWidth = memory.number("window.side.width", Double.NaN, 160, 900);
        navigatorShown.addListener((obs, old, shown) -> {
            memory.putFlag("window.navigator.shown", shown);
            arrangePanels();
        });
        sidePanelShown.addListener((obs, old, shown) -> {
            memory.putFlag("window.side.shown", shown);
            arrangePanels();
        });
        arrangePanels();
        // the first layout knows the window's width: place the dividers by the remembered widths
        body.widthProperty().addListener(new javafx.beans.value.ChangeListener<>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends Number> obs, Number old, Number w) {
                if (w.doubleValue() > 0) {
                    body.widthProperty().removeListener(this);
                    placeDividers();
                }
            }
        });
        Tasks tasks = new FxTasks();
        ImportActions imports = new ImportActions(workspace, actions, tasks, ImportPrompts.DIALOGS,
                DataDirectory.dataDir().resolve("import-mapping.properties"));
        top = new VBox(new Menus(workspace, actions, new FileMenu(workspace, actions, imports, tasks, this), this), new Toolbar(workspace, this));
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
        // the proposal last compared in this model comes back after a restart
        if (workspace.model() != null) {
            memory.get("proposal." + workspace.model().id()).filter(id -> workspace.model().scenario(id).isPresent())
                    .ifPresent(workspace.proposalIdProperty()::set);
        }
        workspace.proposalIdProperty().addListener((obs, old, id) -> {
            if (id != null && workspace.model() != null) {
                memory.put("proposal." + workspace.model().id(), id);
            }
        });
        // refusals and "Exported …" show for a moment in the chart the user is looking at
        actions.editor().noticeProperty().addListener((obs, old, n) -> {
            List<ChartPane> charts = visibleCharts();
            if (n != null && !charts.isEmpty()) {
                (charts.contains(proposedChart) ? proposedChart : charts.getFirst()).toast(n.text());
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

    /// The chart File ▸ Chart picture draws: the one with the keyboard focus (the last clicked in Compare
    /// mode), else the proposed chart, else the one shown; null in Metrics mode.
    public ChartPane pictureChart() {
        List<ChartPane> shown = visibleCharts();
        return shown.stream().filter(p -> p.canvas().isFocused()).findFirst()
                .orElse(shown.contains(proposedChart) ? proposedChart : shown.isEmpty() ? null : shown.getFirst());
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
            if (!body.getItems().contains(view)) {
                charts.getItems().clear();
                financeArea.getItems().clear();
                setCentre(view);
            }
            view.refresh();
        } else if (mode == Mode.FINANCE) {
            shown.remove(currentChart);
            FinanceView finance = finance();
            if (!financeArea.getItems().equals(List.of(finance, proposedChart))) {
                charts.getItems().clear();
                financeArea.getItems().setAll(finance, proposedChart);
                financeArea.setDividerPositions(memory.number("window.finance.split",
                        // on a laptop the tables and the bridge need most of the height; the chart keeps a strip
                        getScene() != null && getScene().getHeight() < 900 ? 0.9 : 0.75, 0.2, 0.95));
                financeArea.getDividers().getFirst().positionProperty().addListener((obs, old, pos) ->
                        memory.putNumber("window.finance.split", pos.doubleValue()));
                setCentre(financeArea);
            }
            finance.refresh();
        } else {
            if (!body.getItems().contains(charts)) {
                // leaving Finance or Metrics
                financeArea.getItems().clear();
                setCentre(charts);
            }
            if (!charts.getItems().equals(shown)) {
                charts.getItems().setAll(shown);
                if (shown.size() == 2) {
                    charts.setDividerPositions(memory.number("window.charts.split", 0.5, 0.15, 0.85));
                    charts.getDividers().getFirst().positionProperty().addListener((obs, old, pos) ->
                            memory.putNumber("window.charts.split", pos.doubleValue()));
                }
            }
        }
        Scenario navigated = mode == Mode.CURRENT || proposal == null ? base : proposal;
        if (navigated != null) {
            navigator.show(model, navigated);
        }
        legend.show(model, compare);
    }

    /// Puts the charts or the finance area between the side panels, keeping their widths.
    private void setCentre(javafx.scene.Node centre) {
        rememberWidths();
        body.getItems().set(navigatorShown.get() ? 1 : 0, centre);
        placeDividers();
    }

    /// Whether the structure panel (left) is shown; hidden, the charts take its room.
    public javafx.beans.property.BooleanProperty navigatorShownProperty() {
        return navigatorShown;
    }

    /// Whether the Changes / Post / legend panel (right) is shown.
    public javafx.beans.property.BooleanProperty sidePanelShownProperty() {
        return sidePanelShown;
    }

    /// Shows or hides the side panels, each at the width it had.
    private void arrangePanels() {
        rememberWidths();
        javafx.scene.Node centre = body.getItems().stream().filter(n -> n == charts || n == financeArea || n == metrics).findFirst().orElse(charts);
        List<javafx.scene.Node> items = new java.util.ArrayList<>();
        if (navigatorShown.get()) {
            items.add(navigator);
        }
        items.add(centre);
        if (sidePanelShown.get()) {
            items.add(right);
        }
        body.getItems().setAll(items);
        placeDividers();
    }

    /// Default widths: about a sixth of the window for the structure, a fifth for the side panel.
    private double navigatorWidth(double total) {
        return Double.isNaN(navigatorWidth) ? Math.clamp(total * 0.16, 190, 300) : navigatorWidth;
    }

    private double sideWidth(double total) {
        return Double.isNaN(sideWidth) ? Math.clamp(total * 0.21, 260, 360) : sideWidth;
    }

    private void placeDividers() {
        double total = body.getWidth() > 0 ? body.getWidth() : WindowMemory.PREFERRED_WIDTH;
        double nav = navigatorWidth(total) / total;
        double side = 1 - sideWidth(total) / total;
        if (navigatorShown.get() && sidePanelShown.get()) {
            body.setDividerPositions(nav, Math.max(nav + 0.2, side));
        } else if (navigatorShown.get()) {
            body.setDividerPositions(nav);
        } else if (sidePanelShown.get()) {
            body.setDividerPositions(side);
        }
    }

    /// Notes the side panels' widths (when laid out), to give them back when shown again or next time.
    void rememberWidths() {
        if (body.getItems().contains(navigator) && navigator.getWidth() > 0) {
            navigatorWidth = navigator.getWidth();
            memory.putNumber("window.navigator.width", navigatorWidth);
        }
        if (body.getItems().contains(right) && right.getWidth() > 0) {
            sideWidth = right.getWidth();
            memory.putNumber("window.side.width", sideWidth);
        }
    }

    WindowMemory memory() {
        return memory;
    }

    /// Opens the Post tab on a post just added, its title selected to be typed over.
    void editNewPost() {
        sidePanelShown.set(true);
        tabs.getSelectionModel().select(postTab);
        inspector.editTitle();
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
