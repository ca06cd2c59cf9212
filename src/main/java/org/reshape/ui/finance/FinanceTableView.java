package org.reshape.ui.finance;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import org.reshape.domain.Money;
import org.reshape.report.finance.FinanceTable;

/// A finance table in a sortable [TableView]. Sorting keeps a totals row at the
/// bottom, and money sorts by amount, not by its text.
///
/// Compact by default: the salary, NI, pension and levy columns (and the base's
/// posts and FTE) are hidden until [#detailedProperty()] is set, so that the
/// totals, the difference and the budget fit side by side on a laptop without a
/// sideways scroll bar; headers wrap, and no column is narrower than its figures.
public final class FinanceTableView extends TableView<List<Object>> {
    private FinanceTable table;
    private final javafx.beans.property.BooleanProperty detailed = new javafx.beans.property.SimpleBooleanProperty(this, "detailed");
    private static final javafx.scene.text.Text PROBE = new javafx.scene.text.Text();

    public FinanceTableView(String id) {
        setId(id);
        getStyleClass().add("finance-table");
        setTableMenuButtonVisible(true);
        detailed.subscribe(d -> {
            getColumns().forEach(c -> c.setVisible(d || !isDetail(c.getText())));
            setColumnResizePolicy(d ? TableView.UNCONSTRAINED_RESIZE_POLICY : TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        });
        setSortPolicy(t -> {
            sortKeepingTotal();
            return true;
        });
    }

    /// Whether the salary, NI, pension and levy columns are shown (the table then scrolls sideways).
    public javafx.beans.property.BooleanProperty detailedProperty() {
        return detailed;
    }

    /// A column shown only on demand.
    static boolean isDetail(String header) {
        return header.endsWith(" salary") || header.endsWith(" NI") || header.endsWith(" pension") || header.endsWith(" levy")
                || header.equals("Base posts") || header.equals("Base FTE") || header.endsWith(" FTE-years")
                // the bridge: its total beside the title and the change; the key, the split and the source on demand
                || header.equals("Post") || header.equals("Salary") || header.equals("On-costs") || header.equals("Source");
    }

    public FinanceTable table() {
        return table;
    }

    public void show(FinanceTable t) {
        boolean sameColumns = table != null && table.columns().equals(t.columns());
        table = t;
        if (!sameColumns) {
            getColumns().clear();
            for (int i = 0; i < t.columns().size(); i++) {
                getColumns().add(column(t.columns().get(i), i));
            }
        }
        getItems().setAll(t.rows());
        sortKeepingTotal();
        fitColumnsToFigures();
    }

    /// No column narrower than its widest cell (bold totals included), so figures are never cut short.
    private void fitColumnsToFigures() {
        javafx.scene.text.Font font = javafx.scene.text.Font.font(javafx.scene.text.Font.getDefault().getFamily(),
                javafx.scene.text.FontWeight.BOLD, 13);
        PROBE.setFont(font);
        for (int i = 0; i < getColumns().size(); i++) {
            double widest = 0;
            TableColumn<List<Object>, ?> col = getColumns().get(i);
            boolean text = table.columns().get(i).kind() == FinanceTable.Kind.TEXT;
            for (List<Object> row : table.rows()) {
                // figures whole; names by their longest word, as they wrap
                for (String part : text ? FinanceTable.display(row.get(i)).split(" ") : new String[] {FinanceTable.display(row.get(i))}) {
                    PROBE.setText(part);
                    widest = Math.max(widest, PROBE.getLayoutBounds().getWidth());
                }
            }
            // a header wraps between words, never inside one
            for (String word : col.getText().split(" ")) {
                PROBE.setText(word);
                widest = Math.max(widest, PROBE.getLayoutBounds().getWidth());
            }
            // long names wrap, in the header and in text cells; figures never do, so their column is never narrower
            col.setMinWidth(text ? Math.max(100, widest + 18) : widest + 18);
            // room left over goes to names and changes, which wrap, rather than to figures, which do not
            col.setPrefWidth(text ? Math.max(col.getMinWidth(), 260) : col.getMinWidth());
            col.setVisible(detailed.get() || !isDetail(col.getText()));
        }
    }

    private TableColumn<List<Object>, Object> column(FinanceTable.Column c, int index) {
        TableColumn<List<Object>, Object> col = new TableColumn<>(c.header());
        col.setCellValueFactory(row -> new ReadOnlyObjectWrapper<>(row.getValue().get(index)));
        col.setComparator(Comparator.nullsFirst(FinanceTableView::compare));
        boolean numeric = c.kind() != FinanceTable.Kind.TEXT && c.kind() != FinanceTable.Kind.FLAG;
        col.setCellFactory(v -> new TableCell<>() {
            /// Names wrap onto more lines rather than being cut short (a Text sized to the column gives the row its height).
            private final javafx.scene.text.Text wrapped = new javafx.scene.text.Text();

            {
                wrapped.getStyleClass().add("wrapped-cell-text");
                wrapped.wrappingWidthProperty().bind(col.widthProperty().subtract(14));
            }

            @Override
            protected void updateItem(Object item, boolean empty) {
                super.updateItem(item, empty);
                String text = empty ? null : FinanceTable.display(item);
                setStyle(numeric ? "-fx-alignment: CENTER-RIGHT;" : "");
                if (numeric || text == null) {
                    setGraphic(null);
                    setText(text);
                } else {
                    setText(null);
                    wrapped.setText(text);
                    setGraphic(wrapped);
                }
                boolean total = !empty && table != null && table.totals() && getTableRow() != null
                        && getTableRow().getItem() == table.rows().getLast();
                getStyleClass().remove("total-cell");
                if (total) {
                    getStyleClass().add("total-cell");
                }
            }
        });
        col.setPrefWidth(c.kind() == FinanceTable.Kind.TEXT ? (index == 0 ? 200 : 160) : 105);
        return col;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static int compare(Object a, Object b) {
        if (a instanceof Money x && b instanceof Money y) {
            return x.compareTo(y);
        }
        if (a instanceof BigDecimal x && b instanceof BigDecimal y) {
            return x.compareTo(y);
        }
        if (a instanceof Comparable x && a.getClass() == b.getClass()) {
            return x.compareTo(b);
        }
        return String.valueOf(a).compareTo(String.valueOf(b));
    }

    private void sortKeepingTotal() {
        if (table == null) {
            return;
        }
        List<List<Object>> rows = new ArrayList<>(table.rows());
        List<Object> total = table.totals() ? rows.removeLast() : null;
        Comparator<List<Object>> order = getComparator();
        if (order != null) {
            rows.sort(order);
        }
        if (total != null) {
            rows.add(total);
        }
        ObservableList<List<Object>> items = FXCollections.observableArrayList(rows);
        if (!items.equals(getItems())) {
            getItems().setAll(items);
        }
    }
}
