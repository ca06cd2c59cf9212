package org.reshape.ui.metrics;

import java.util.List;
import java.util.SortedMap;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.Spinner;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.reshape.metrics.MetricsComparison;
import org.reshape.ui.workspace.Mode;
import org.reshape.ui.workspace.Workspace;
import org.reshape.ui.metrics.MetricsViewModel.ManagerRow;

/// Metrics mode: is the new structure well designed? The thresholds, which
/// managers are under or over span before and after (one table), a summary of
/// both structures, the span histogram and the layers pyramids, and the other
/// design flags. Double-click a manager to see it in Compare.
public final class MetricsView extends BorderPane {
    private final Workspace workspace;
    private final MetricsViewModel model;
    private final Label headline = new Label();
    private final GridPane summary = new GridPane();
    private final Label assumption = new Label();
    private final BarChart<String, Number> histogram = new BarChart<>(new CategoryAxis(), new NumberAxis());
    private final LayersPyramid pyramid = new LayersPyramid();
    private final TableView<ManagerRow> managers = new TableView<>();
    private final ListView<String> flags = new ListView<>();

    public MetricsView(Workspace workspace) {
        this.workspace = workspace;
        this.model = new MetricsViewModel(workspace);
        setId("metrics");
        Spinner<Integer> min = spinner("metrics-min-span", 0, 50, model.minSpanProperty().get());
        Spinner<Integer> max = spinner("metrics-max-span", 1, 200, model.maxSpanProperty().get());
        Spinner<Integer> layers = spinner("metrics-max-layers", 1, 50, model.maxLayersProperty().get());
        min.valueProperty().subscribe(v -> model.minSpanProperty().set(v));
        max.valueProperty().subscribe(v -> model.maxSpanProperty().set(v));
        layers.valueProperty().subscribe(v -> model.maxLayersProperty().set(v));
        CheckBox dotted = new CheckBox("Count dotted lines");
        dotted.setId("metrics-include-dotted");
        dotted.selectedProperty().bindBidirectional(model.includeDottedProperty());
        Label problem = new Label();
        problem.getStyleClass().add("inspector-problem");
        problem.textProperty().bind(model.problemProperty());
        HBox thresholds = new HBox(6, new Label("Flag a span under"), min, new Label("or over"), max,
                new Label("reports, and more than"), layers, new Label("layers."), dotted, problem);
        thresholds.setAlignment(Pos.CENTER_LEFT);
        headline.setId("metrics-headline");
        headline.getStyleClass().add("panel-heading");
        headline.setWrapText(true);
        VBox top = new VBox(6, thresholds, headline);
        top.setPadding(new Insets(8, 10, 6, 10));
        setTop(top);

        summary.setId("metrics-summary");
        summary.setHgap(12);
        summary.setVgap(2);
        summary.getColumnConstraints().addAll(new ColumnConstraints(), new ColumnConstraints(), new ColumnConstraints());
        assumption.getStyleClass().add("legend-assumed");
        assumption.setWrapText(true);
        assumption.setMaxWidth(280);
        assumption.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        VBox summaryBox = new VBox(6, summary, assumption);
        summaryBox.setPadding(new Insets(4, 6, 4, 4));
        histogram.setId("metrics-histogram");
        histogram.setAnimated(false);
        histogram.setLegendVisible(true);
        histogram.getXAxis().setLabel("Direct reports");
        histogram.getYAxis().setLabel("Managers");
        ((NumberAxis) histogram.getYAxis()).setAutoRanging(false);
        ((NumberAxis) histogram.getYAxis()).setLowerBound(0);
        ((NumberAxis) histogram.getYAxis()).setTickUnit(1);
        ((NumberAxis) histogram.getYAxis()).setMinorTickVisible(false);
        histogram.setCategoryGap(8);
        histogram.setBarGap(2);
        TabPane charts = new TabPane(tab("metrics-tab-spans", "Span histogram", histogram), tab("metrics-tab-layers", "Layers pyramid", pyramid));
        charts.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        charts.setPrefHeight(250);
        charts.setMinHeight(180);
        HBox.setHgrow(charts, Priority.ALWAYS);
        HBox upper = new HBox(6, summaryBox, charts);

        managers.setId("metrics-managers");
        managers.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        managers.setPlaceholder(new Label("No managers"));
        managers.getColumns().setAll(List.of(
                column("Manager", ManagerRow::title, 300),
                column("Division", ManagerRow::division, 140),
                column("Span before", r -> r.before() == null ? "—" : String.valueOf(r.before()), 70),
                column("Span after", r -> r.after() == null ? "—" : String.valueOf(r.after()), 70),
                flagColumn("Before", ManagerRow::beforeFlag),
                flagColumn("After", ManagerRow::afterFlag)));
        managers.setRowFactory(t -> {
            TableRow<ManagerRow> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (!row.isEmpty() && e.getClickCount() == 2) {
                    workspace.modeProperty().set(Mode.COMPARE);
                    workspace.focus(row.getItem().key());
                } else if (!row.isEmpty()) {
                    workspace.selectedKeyProperty().set(row.getItem().key());
                }
            });
            return row;
        });
        flags.setId("metrics-flags");
        flags.setPrefHeight(78);
        flags.setMinHeight(48);
        flags.setPlaceholder(new Label("No grade relativity or layer flags"));
        flags.setCellFactory(v -> new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item);
                setWrapText(true);
                setPrefWidth(0); // wrap to the list's width instead of scrolling sideways
            }
        });
        Label hint = new Label("Managers, flagged first. Double-click one to see it in Compare, where flagged cards carry SPAN ▼, SPAN ▲ and GRADE ≤.");
        hint.getStyleClass().add("status-message");
        VBox lower = new VBox(4, hint, managers, flags);
        VBox.setVgrow(managers, Priority.ALWAYS);
        VBox centre = new VBox(4, upper, lower);
        VBox.setVgrow(lower, Priority.ALWAYS);
        centre.setPadding(new Insets(0, 10, 8, 10));
        setCenter(centre);
        workspace.metricsProperty().subscribe(m -> {
            if (getScene() != null && workspace.modeProperty().get() == Mode.METRICS) {
                refresh();
            }
        });
    }

    public MetricsViewModel viewModel() {
        return model;
    }

    /// Shows the workspace's metrics.
    public void refresh() {
        headline.setText(model.headline());
        summary.getChildren().clear();
        MetricsComparison m = model.metrics();
        managers.getItems().setAll(model.managers());
        flags.getItems().setAll(model.otherFlags());
        assumption.setText(model.assumptionNote());
        histogram.getData().clear();
        if (m == null) {
            return;
        }
        Label beforeHead = bold("Before");
        Label afterHead = bold("After");
        beforeHead.setTooltip(new javafx.scene.control.Tooltip(m.base().scenario().name()));
        afterHead.setTooltip(new javafx.scene.control.Tooltip(m.proposal().scenario().name()));
        summary.addRow(0, bold(""), beforeHead, afterHead);
        int r = 1;
        for (MetricsViewModel.SummaryRow row : model.summary()) {
            Label before = new Label(row.before());
            Label after = new Label(row.after());
            before.setId("metrics-before-" + id(row.measure()));
            after.setId("metrics-after-" + id(row.measure()));
            Label measure = new Label(row.measure());
            for (Label l : List.of(measure, before, after)) {
                l.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            }
            summary.addRow(r++, measure, before, after);
        }
        SortedMap<Integer, Integer> b = m.base().spanHistogram();
        SortedMap<Integer, Integer> a = m.proposal().spanHistogram();
        int top = Math.max(b.isEmpty() ? 0 : b.lastKey(), a.isEmpty() ? 0 : a.lastKey());
        XYChart.Series<String, Number> before = new XYChart.Series<>();
        before.setName(m.base().scenario().name());
        XYChart.Series<String, Number> after = new XYChart.Series<>();
        after.setName(m.proposal().scenario().name());
        for (int span = 1; span <= top; span++) {
            before.getData().add(new XYChart.Data<>(String.valueOf(span), b.getOrDefault(span, 0)));
            after.getData().add(new XYChart.Data<>(String.valueOf(span), a.getOrDefault(span, 0)));
        }
        histogram.getData().setAll(List.of(before, after));
        int most = java.util.stream.Stream.of(b, a).flatMap(h -> h.values().stream()).mapToInt(Integer::intValue).max().orElse(1);
        ((NumberAxis) histogram.getYAxis()).setUpperBound(most + 1);
        pyramid.show(m.base(), m.proposal());
    }

    private static String id(String measure) {
        return measure.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z]+", "-");
    }

    private static Label bold(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("panel-heading");
        return l;
    }

    private static Tab tab(String id, String name, javafx.scene.Node content) {
        Tab t = new Tab(name, content);
        t.setId(id);
        return t;
    }

    private static Spinner<Integer> spinner(String id, int min, int max, int value) {
        Spinner<Integer> s = new Spinner<>(min, max, value);
        s.setId(id);
        s.setEditable(true);
        s.setPrefWidth(72);
        return s;
    }

    private static TableColumn<ManagerRow, String> column(String name, java.util.function.Function<ManagerRow, String> f, double width) {
        TableColumn<ManagerRow, String> c = new TableColumn<>(name);
        c.setCellValueFactory(d -> new ReadOnlyObjectWrapper<>(f.apply(d.getValue())));
        c.setPrefWidth(width);
        return c;
    }

    private static TableColumn<ManagerRow, String> flagColumn(String name, java.util.function.Function<ManagerRow, String> f) {
        TableColumn<ManagerRow, String> c = column(name, f, 95);
        c.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : item);
                setStyle(empty || item == null || item.isEmpty() ? "" : "-fx-text-fill: #C62828; -fx-font-weight: bold;");
            }
        });
        return c;
    }
}
