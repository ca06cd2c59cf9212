package org.reshape.ui.people;

import java.util.List;
import java.util.function.Function;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.reshape.domain.Contract;
import org.reshape.domain.Equality;
import org.reshape.domain.FamilyLeave;
import org.reshape.domain.Person;
import org.reshape.ui.UkDates;
import org.reshape.ui.edit.EditActions;
import org.reshape.edit.ModelCommand;
import org.reshape.ui.workspace.Workspace;

/// The People section of the Post tab: who holds the selected post (a job
/// share lists two), and a form to add, edit and remove holders. Each change
/// is one undoable command; a refused one says why here, and nothing is saved.
public final class PeoplePane extends VBox {
    private final Workspace workspace;
    private final EditActions actions;
    private final PeopleViewModel vm = new PeopleViewModel();
    private final Label message = new Label();

    public PeoplePane(Workspace workspace, EditActions actions) {
        this.workspace = workspace;
        this.actions = actions;
        setId("people-pane");
        setSpacing(6);
        setPadding(new Insets(10, 0, 0, 0));
        Label heading = new Label();
        heading.getStyleClass().add("inspector-heading");
        heading.textProperty().bind(vm.heading);
        Label privacy = new Label("Personal data: never printed in a public appendix.");
        privacy.setWrapText(true);
        privacy.getStyleClass().add("inspector-source");
        ListView<PeopleViewModel.Row> list = new ListView<>(vm.rows);
        list.setId("people-list");
        list.setPrefHeight(86);
        list.getSelectionModel().selectedItemProperty().subscribe(r -> {
            if (r != null && r != vm.selected.get()) {
                vm.selected.set(r);
            }
        });
        vm.selected.subscribe(r -> list.getSelectionModel().select(r));

        GridPane form = new GridPane();
        form.setHgap(6);
        form.setVgap(6);
        // As the post's own form: labels keep their whole text; the fields take the rest and shrink first.
        javafx.scene.layout.ColumnConstraints labels = new javafx.scene.layout.ColumnConstraints();
        labels.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        javafx.scene.layout.ColumnConstraints fields = new javafx.scene.layout.ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        fields.setMinWidth(60);
        form.getColumnConstraints().addAll(labels, fields);
        int row = 0;
        row = field(form, row, "Name", text("people-name", vm.name));
        row = field(form, row, "Employee no.", text("people-number", vm.employeeNumber));
        ComboBox<Contract> contract = choice("people-contract", List.of(Contract.values()), Contract::label);
        contract.valueProperty().bindBidirectional(vm.contract);
        row = field(form, row, "Contract", contract);
        row = field(form, row, "FTE of post", text("people-fte", vm.fte));
        row = field(form, row, "Salary (£ a year)", text("people-salary", vm.salary));
        row = field(form, row, "Service from", date("people-service", vm.serviceStart));
        row = field(form, row, "Date of birth", date("people-dob", vm.dateOfBirth));
        row = field(form, row, "Notice (weeks)", text("people-notice", vm.noticeWeeks));
        ComboBox<FamilyLeave> leave = choice("people-leave", List.of(FamilyLeave.values()), FamilyLeave::label);
        leave.valueProperty().bindBidirectional(vm.leave);
        row = field(form, row, "Family leave", leave);
        row = field(form, row, "Sex", equality("people-sex", Equality.SEX, vm.sex));
        row = field(form, row, "Ethnicity", equality("people-ethnicity", Equality.ETHNICITY, vm.ethnicity));
        field(form, row, "Disability", equality("people-disability", Equality.DISABILITY, vm.disability));
        form.disableProperty().bind(vm.editable.not().or(vm.selected.isNull()));

        Button apply = button("people-apply", "Apply", () -> {
            PeopleViewModel.Result r = vm.apply();
            r.change().ifPresentOrElse(this::run, () -> message.setText(r.problem()));
        });
        Button remove = button("people-remove", "Remove from post", () -> vm.remove().ifPresent(this::run));
        apply.disableProperty().bind(form.disableProperty());
        remove.disableProperty().bind(form.disableProperty());

        TextField newName = new TextField();
        newName.setId("people-new-name");
        newName.setPromptText("Name of a new holder");
        HBox.setHgrow(newName, Priority.ALWAYS);
        Button add = button("people-add", "Add holder", () -> vm.addNew(newName.getText()).ifPresent(c -> {
            if (run(c)) {
                newName.clear();
            }
        }));
        ComboBox<Person> existing = choice("people-existing", List.of(), p -> p.name().isEmpty() ? p.id() : p.name());
        existing.setItems(vm.others);
        existing.setPromptText("Someone already in post elsewhere");
        existing.setMaxWidth(Double.MAX_VALUE);
        existing.setMinWidth(60);
        newName.setMinWidth(60);
        HBox.setHgrow(existing, Priority.ALWAYS);
        TextField share = new TextField("0.5");
        share.setId("people-existing-fte");
        share.setPrefColumnCount(3);
        Button addExisting = button("people-add-existing", "Add", () -> vm.addExisting(existing.getValue(), share.getText())
                .ifPresent(this::run));
        HBox addRow = new HBox(6, newName, add);
        HBox existingRow = new HBox(6, existing, share, addExisting);
        addRow.disableProperty().bind(vm.editable.not());
        existingRow.disableProperty().bind(vm.editable.not());
        message.setId("people-message");
        message.setWrapText(true);
        message.getStyleClass().add("inspector-problem");

        getChildren().addAll(heading, privacy, list, form, new HBox(6, apply, remove), addRow, existingRow, message);
        workspace.selectedKeyProperty().subscribe(k -> show());
        workspace.modelProperty().subscribe(m -> show());
        workspace.modeProperty().subscribe(m -> show());
    }

    private void show() {
        String key = workspace.selectedKeyProperty().get();
        var shown = workspace.editedScenario().filter(s -> key != null && s.contains(key)).or(workspace::base);
        vm.load(workspace.model(), shown.orElse(null), key);
    }

    private boolean run(PeopleViewModel.Change c) {
        boolean done = actions.editor().execute(ModelCommand.workforce(c.name(), workspace.model(), c.after()));
        message.setText(done ? "" : actions.editor().messageProperty().get());
        return done;
    }

    private static int field(GridPane form, int row, String label, Control c) {
        c.setMaxWidth(Double.MAX_VALUE);
        c.setMinWidth(60);
        GridPane.setHgrow(c, Priority.ALWAYS);
        form.addRow(row, new Label(label), c);
        return row + 1;
    }

    private static TextField text(String id, javafx.beans.property.StringProperty p) {
        TextField t = new TextField();
        t.setId(id);
        t.setPrefColumnCount(8);
        t.textProperty().bindBidirectional(p);
        return t;
    }

    private static DatePicker date(String id, javafx.beans.property.ObjectProperty<java.time.LocalDate> p) {
        DatePicker d = new DatePicker();
        d.setId(id);
        UkDates.use(d);
        d.valueProperty().bindBidirectional(p);
        return d;
    }

    private static ComboBox<String> equality(String id, Equality field, javafx.beans.property.StringProperty p) {
        List<String> values = new java.util.ArrayList<>();
        values.add("");
        values.addAll(field.allowed());
        ComboBox<String> c = choice(id, values, v -> v.isEmpty() ? "Not recorded" : v);
        c.valueProperty().bindBidirectional(p);
        return c;
    }

    private static <T> ComboBox<T> choice(String id, List<T> items, Function<T, String> text) {
        ComboBox<T> c = new ComboBox<>(FXCollections.observableArrayList(items));
        c.setId(id);
        c.setPrefWidth(120);
        c.setConverter(new StringConverter<>() {
            @Override
            public String toString(T t) {
                return t == null ? "" : text.apply(t);
            }

            @Override
            public T fromString(String s) {
                return null;
            }
        });
        return c;
    }

    private static Button button(String id, String text, Runnable action) {
        Button b = new Button(text);
        b.setId(id);
        b.setOnAction(e -> action.run());
        return b;
    }
}
