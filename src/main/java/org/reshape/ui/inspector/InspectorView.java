package org.reshape.ui.inspector;

import java.io.IOException;
import java.io.UncheckedIOException;
import javafx.collections.FXCollections;
import javafx.fxml.FXML;
import javafx.fxml.FXMLLoader;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.controlsfx.control.SearchableComboBox;
import org.controlsfx.validation.ValidationResult;
import org.controlsfx.validation.ValidationSupport;
import org.reshape.domain.Division;
import org.reshape.domain.Grade;
import org.reshape.domain.Model;
import org.reshape.domain.Occupancy;
import org.reshape.domain.PayTable;
import org.reshape.domain.Post;
import org.reshape.ui.edit.EditActions;
import org.reshape.ui.workspace.Workspace;

/// The form for the selected post. Problems show on the field they belong to
/// (ControlsFX decorations), and Apply makes one undoable command of the edit.
public final class InspectorView extends StackPane {
    private final Workspace workspace;
    private final EditActions actions;
    private final InspectorViewModel vm = new InspectorViewModel();
    private final ValidationSupport validation = new ValidationSupport();

    @FXML
    private Label heading;
    @FXML
    private Label source;
    @FXML
    private TextField title;
    @FXML
    private ComboBox<Division> division;
    @FXML
    private SearchableComboBox<Grade> grade;
    @FXML
    private TextField fte;
    @FXML
    private TextField headcount;
    @FXML
    private ComboBox<Occupancy> occupancy;
    @FXML
    private TextField holder;
    @FXML
    private DatePicker fixedTermEnd;
    @FXML
    private ComboBox<String> basis;
    @FXML
    private TextField actualSalary;
    @FXML
    private ComboBox<String> actingFor;
    @FXML
    private javafx.scene.control.CheckBox backfilled;
    @FXML
    private TextField honorarium;
    @FXML
    private DatePicker honorariumFrom;
    @FXML
    private DatePicker honorariumTo;
    @FXML
    private TextArea responsibilities;
    @FXML
    private TextArea notes;
    @FXML
    private Label problem;
    @FXML
    private Button apply;
    @FXML
    private Button revert;

    public InspectorView(Workspace workspace, EditActions actions) {
        this.workspace = workspace;
        this.actions = actions;
        setId("inspector");
        FXMLLoader loader = new FXMLLoader(InspectorView.class.getResource("/org/reshape/ui/inspector/Inspector.fxml"));
        loader.setController(this);
        try {
            VBox form = loader.load();
            // on a laptop the form is taller than the panel: it scrolls down, never sideways
            javafx.scene.control.ScrollPane scroll = new javafx.scene.control.ScrollPane(form);
            scroll.setId("inspector-scroll");
            scroll.setFitToWidth(true);
            scroll.setHbarPolicy(javafx.scene.control.ScrollPane.ScrollBarPolicy.NEVER);
            // Apply and Revert stay in sight under the scrolling form
            javafx.scene.Node buttons = apply.getParent();
            form.getChildren().remove(buttons);
            VBox.setMargin(buttons, new javafx.geometry.Insets(6, 8, 8, 8));
            VBox.setVgrow(scroll, javafx.scene.layout.Priority.ALWAYS);
            VBox whole = new VBox(scroll, buttons);
            whole.getStyleClass().add("side-panel");
            getChildren().add(whole);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // The post's holders, below the post's own fields (a section of its own, org.reshape.ui.people).
        ((VBox) loader.getRoot()).getChildren().add(new org.reshape.ui.people.PeoplePane(workspace, actions));
    }

    @FXML
    private void initialize() {
        title.setId("inspector-title");
        grade.setId("inspector-grade");
        fte.setId("inspector-fte");
        headcount.setId("inspector-headcount");
        holder.setId("inspector-holder");
        apply.setId("inspector-apply");
        problem.setId("inspector-problem");
        basis.setId("inspector-basis");
        actualSalary.setId("inspector-actual-salary");
        actingFor.setId("inspector-acting-for");
        backfilled.setId("inspector-backfilled");
        honorarium.setId("inspector-honorarium");
        honorariumFrom.setId("inspector-honorarium-from");
        honorariumTo.setId("inspector-honorarium-to");
        basis.setItems(FXCollections.observableArrayList(InspectorViewModel.basisChoices()));
        basis.valueProperty().bindBidirectional(vm.basis);
        actualSalary.textProperty().bindBidirectional(vm.actualSalary);
        actingFor.setConverter(converter(vm::describeActing));
        actingFor.setCellFactory(v -> cell(vm::describeActing));
        vm.actingChoices.subscribe(list -> actingFor.setItems(FXCollections.observableArrayList(list)));
        actingFor.valueProperty().bindBidirectional(vm.actingFor);
        backfilled.selectedProperty().bindBidirectional(vm.backfilled);
        honorarium.textProperty().bindBidirectional(vm.honorarium);
        org.reshape.ui.UkDates.use(honorariumFrom);
        org.reshape.ui.UkDates.use(honorariumTo);
        honorariumFrom.valueProperty().bindBidirectional(vm.honorariumFrom);
        honorariumTo.valueProperty().bindBidirectional(vm.honorariumTo);
        title.textProperty().bindBidirectional(vm.title);
        fte.textProperty().bindBidirectional(vm.fte);
        headcount.textProperty().bindBidirectional(vm.headcount);
        holder.textProperty().bindBidirectional(vm.holder);
        responsibilities.textProperty().bindBidirectional(vm.responsibilities);
        notes.textProperty().bindBidirectional(vm.notes);
        division.valueProperty().bindBidirectional(vm.division);
        grade.valueProperty().bindBidirectional(vm.grade);
        occupancy.valueProperty().bindBidirectional(vm.occupancy);
        org.reshape.ui.UkDates.use(fixedTermEnd);
        fixedTermEnd.valueProperty().bindBidirectional(vm.fixedTermEnd);
        occupancy.setItems(FXCollections.observableArrayList(Occupancy.values()));
        occupancy.setConverter(converter(Occupancy::label));
        division.setConverter(converter(Division::name));
        division.setCellFactory(v -> cell(Division::name));
        grade.setConverter(converter(g -> g.name() + range(g)));
        for (Control c : new Control[] {title, fte, headcount, holder, responsibilities, notes, division, grade, occupancy, fixedTermEnd,
                basis, actualSalary, actingFor, honorarium, honorariumFrom, honorariumTo}) {
            c.disableProperty().bind(vm.editable.not());
        }
        backfilled.disableProperty().bind(vm.editable.not().or(vm.actingFor.isEmpty()));
        register(title, InspectorViewModel.TITLE);
        register(grade, InspectorViewModel.GRADE);
        register(fte, InspectorViewModel.FTE);
        register(headcount, InspectorViewModel.HEADCOUNT);
        register(holder, InspectorViewModel.HOLDER);
        register(actualSalary, InspectorViewModel.ACTUAL_SALARY);
        register(actingFor, InspectorViewModel.ACTING);
        register(honorarium, InspectorViewModel.HONORARIUM);
        vm.problemsProperty().subscribe(p -> {
            validation.revalidate();
            problem.setText(String.join("\n", p.values()));
        });
        apply.disableProperty().bind(vm.editable.not().or(javafx.beans.binding.Bindings.createBooleanBinding(
                () -> !vm.problemsProperty().get().isEmpty(), vm.problemsProperty())));
        revert.disableProperty().bind(vm.editable.not());
        apply.setOnAction(e -> vm.apply(actions::editPost));
        heading.textProperty().bind(vm.heading);
        source.textProperty().bind(vm.source);
        vm.divisions.subscribe(list -> division.setItems(FXCollections.observableArrayList(list)));
        vm.grades.subscribe(list -> grade.setItems(FXCollections.observableArrayList(list)));
        revert.setOnAction(e -> show());
        workspace.selectedKeyProperty().subscribe(k -> show());
        workspace.modelProperty().subscribe(m -> show());
        workspace.modeProperty().subscribe(m -> show());
    }

    /// Puts the caret in the title with its text selected, to be typed over.
    public void editTitle() {
        javafx.application.Platform.runLater(() -> {
            title.requestFocus();
            title.selectAll();
        });
    }

    private void register(Control control, String field) {
        validation.registerValidator(control, false, (Control c, Object value) -> {
            String message = vm.problemsProperty().get().get(field);
            return ValidationResult.fromErrorIf(c, message, message != null);
        });
    }

    private String range(Grade g) {
        Model m = workspace.model();
        return m == null ? "" : new PayTable(m, workspace.settings().year().start()).range(g.id())
                .map(r -> " (" + r.describe() + ")").orElse("");
    }

    private void show() {
        vm.show(workspace, actions::whyReadOnly);
    }

    private static <T> StringConverter<T> converter(java.util.function.Function<T, String> text) {
        return new StringConverter<>() {
            @Override
            public String toString(T t) {
                return t == null ? "" : text.apply(t);
            }

            @Override
            public T fromString(String s) {
                return null;
            }
        };
    }

    private static <T> ListCell<T> cell(java.util.function.Function<T, String> text) {
        return new ListCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : text.apply(item));
            }
        };
    }
}
