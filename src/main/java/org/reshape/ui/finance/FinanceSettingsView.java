package org.reshape.ui.finance;

import java.io.IOException;
import java.io.UncheckedIOException;
import javafx.beans.binding.Bindings;
import javafx.collections.FXCollections;
import javafx.fxml.FXML;
import javafx.fxml.FXMLLoader;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.cell.TextFieldTableCell;
import javafx.scene.layout.StackPane;
import javafx.util.StringConverter;
import org.controlsfx.validation.ValidationResult;
import org.controlsfx.validation.ValidationSupport;
import org.reshape.domain.FinancialYear;
import org.reshape.domain.SalaryBasis;
import org.reshape.ui.edit.EditActions;
import org.reshape.ui.workspace.Workspace;

/// The costing settings form above the finance tables; Apply makes one undoable command.
public final class FinanceSettingsView extends StackPane {
    private final Workspace workspace;
    private final EditActions actions;
    private final FinanceSettingsViewModel vm = new FinanceSettingsViewModel();
    private final ValidationSupport validation = new ValidationSupport();

    @FXML
    private ComboBox<SalaryBasis> basis;
    @FXML
    private ComboBox<FinancialYear> year;
    @FXML
    private Label yearLabel;
    @FXML
    private Label yearRules;
    @FXML
    private javafx.scene.layout.VBox niPane;
    @FXML
    private javafx.scene.control.ToggleButton niToggle;
    @FXML
    private Label yearNi;
    @FXML
    private TableView<FinanceSettingsViewModel.NiRow> niTable;
    @FXML
    private TableColumn<FinanceSettingsViewModel.NiRow, String> niYear;
    @FXML
    private TableColumn<FinanceSettingsViewModel.NiRow, String> niRate;
    @FXML
    private TableColumn<FinanceSettingsViewModel.NiRow, String> niThreshold;
    @FXML
    private Button niAdd;
    @FXML
    private Button niRemove;
    @FXML
    private TextField pension;
    @FXML
    private TextField levy;
    @FXML
    private CheckBox onCosts;
    @FXML
    private DatePicker implementation;
    @FXML
    private Button apply;
    @FXML
    private Label problem;

    public FinanceSettingsView(Workspace workspace, EditActions actions) {
        this.workspace = workspace;
        this.actions = actions;
        FXMLLoader loader = new FXMLLoader(FinanceSettingsView.class.getResource("/org/reshape/ui/finance/FinanceSettings.fxml"));
        loader.setController(this);
        try {
            getChildren().add(loader.load());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @FXML
    private void initialize() {
        basis.setId("finance-basis");
        year.setId("finance-year");
        yearRules.setId("finance-year-rules");
        niPane.setId("finance-ni-pane");
        niToggle.setId("finance-ni-toggle");
        yearNi.setId("finance-year-ni");
        // the NI table and the year's pay versions open below the form, so the tables keep their room on a laptop
        niPane.visibleProperty().bind(niToggle.selectedProperty());
        niPane.managedProperty().bind(niToggle.selectedProperty());
        yearNi.textProperty().bind(vm.yearNiProperty());
        niTable.setId("finance-ni-rules");
        niAdd.setId("finance-ni-add");
        niRemove.setId("finance-ni-remove");
        yearLabel.setLabelFor(year);
        pension.setId("finance-pension");
        levy.setId("finance-levy");
        onCosts.setId("finance-oncosts");
        implementation.setId("finance-implementation");
        apply.setId("finance-apply");
        problem.setId("finance-problem");
        basis.setItems(FXCollections.observableArrayList(SalaryBasis.values()));
        basis.setConverter(new StringConverter<>() {
            @Override
            public String toString(SalaryBasis b) {
                return b == null ? "" : b.label();
            }

            @Override
            public SalaryBasis fromString(String s) {
                return null;
            }
        });
        basis.valueProperty().bindBidirectional(vm.basis);
        year.setItems(vm.years);
        year.valueProperty().bindBidirectional(vm.year);
        yearRules.textProperty().bind(vm.yearRulesProperty());
        niTable.setItems(vm.niRows);
        column(niYear, FinanceSettingsViewModel.NiRow::yearProperty);
        column(niRate, FinanceSettingsViewModel.NiRow::rateProperty);
        column(niThreshold, FinanceSettingsViewModel.NiRow::thresholdProperty);
        niTable.setPlaceholder(new Label("No NI rule: add a year"));
        niAdd.setOnAction(e -> {
            vm.addYear();
            niTable.getSelectionModel().selectLast();
        });
        niRemove.disableProperty().bind(niTable.getSelectionModel().selectedItemProperty().isNull());
        niRemove.setOnAction(e -> vm.removeYear(niTable.getSelectionModel().getSelectedItem()));
        pension.textProperty().bindBidirectional(vm.pension);
        levy.textProperty().bindBidirectional(vm.levy);
        onCosts.selectedProperty().bindBidirectional(vm.onCosts);
        org.reshape.ui.UkDates.use(implementation);
        implementation.valueProperty().bindBidirectional(vm.implementation);
        register(year, FinanceSettingsViewModel.YEAR);
        register(niTable, FinanceSettingsViewModel.NI_RULES);
        register(pension, FinanceSettingsViewModel.PENSION);
        register(levy, FinanceSettingsViewModel.LEVY);
        vm.problemsProperty().subscribe(p -> {
            validation.revalidate();
            problem.setText(String.join("  ", p.values()));
        });
        apply.disableProperty().bind(Bindings.createBooleanBinding(() -> !vm.problemsProperty().get().isEmpty(), vm.problemsProperty()));
        apply.setOnAction(e -> applyEdits());
        workspace.modelProperty().subscribe(m -> reload());
        workspace.proposalIdProperty().subscribe(p -> reload());
    }

    /// An editable text column bound to one property of the row: a typed value is kept as typed and checked on the form.
    private static void column(TableColumn<FinanceSettingsViewModel.NiRow, String> c,
                               java.util.function.Function<FinanceSettingsViewModel.NiRow, javafx.beans.property.StringProperty> property) {
        c.setCellValueFactory(d -> property.apply(d.getValue()));
        c.setCellFactory(TextFieldTableCell.forTableColumn());
        c.setEditable(true);
        c.setSortable(false);
    }

    private void register(Control control, String field) {
        validation.registerValidator(control, false, (Control c, Object value) -> {
            String message = vm.problemsProperty().get().get(field);
            return ValidationResult.fromErrorIf(c, message, message != null);
        });
    }

    private void reload() {
        if (workspace.model() != null) {
            vm.load(workspace.model(), workspace.settings(), workspace.proposal().map(s -> s.implementationDate()).orElse(null));
        }
    }

    /// Settings and implementation date are two commands, each undoable on its own.
    private void applyEdits() {
        vm.edited().ifPresent(actions::setCostSettings);
        workspace.proposal().ifPresent(p -> actions.setImplementationDate(p.id(), vm.implementationDate()));
    }
}
