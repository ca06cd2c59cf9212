package org.reshape.ui.inspector;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiPredicate;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.reshape.domain.Division;
import org.reshape.domain.Grade;
import org.reshape.domain.Model;
import org.reshape.domain.Occupancy;
import org.reshape.domain.Post;
import org.reshape.domain.Scenario;
import org.reshape.ui.workspace.Workspace;

/// The fields of the selected post as the inspector edits them, with the
/// message for each field that is wrong. Holds no nodes.
public final class InspectorViewModel {
    public static final String TITLE = "title";
    public static final String GRADE = "grade";
    public static final String FTE = "fte";
    public static final String HEADCOUNT = "headcount";
    public static final String HOLDER = "holder";

    final StringProperty title = new SimpleStringProperty("");
    final ObjectProperty<Division> division = new SimpleObjectProperty<>();
    final ObjectProperty<Grade> grade = new SimpleObjectProperty<>();
    final StringProperty fte = new SimpleStringProperty("");
    final StringProperty headcount = new SimpleStringProperty("");
    final ObjectProperty<Occupancy> occupancy = new SimpleObjectProperty<>(Occupancy.SUBSTANTIVE);
    final StringProperty holder = new SimpleStringProperty("");
    final ObjectProperty<LocalDate> fixedTermEnd = new SimpleObjectProperty<>();
    final StringProperty responsibilities = new SimpleStringProperty("");
    final StringProperty notes = new SimpleStringProperty("");
    final BooleanProperty editable = new SimpleBooleanProperty(false);
    final StringProperty heading = new SimpleStringProperty(NOTHING);
    final StringProperty source = new SimpleStringProperty("");
    final StringProperty readOnlyBecause = new SimpleStringProperty("");
    final ObjectProperty<List<Division>> divisions = new SimpleObjectProperty<>(List.of());
    final ObjectProperty<List<Grade>> grades = new SimpleObjectProperty<>(List.of());
    private final ObjectBinding<Map<String, String>> problems;
    private Post loaded;
    private String scenarioId;

    static final String NOTHING = "Select a post to see and edit it";

    public InspectorViewModel() {
        problems = Bindings.createObjectBinding(this::check, title, grade, fte, headcount, occupancy, holder);
    }

    /// Shows the selected post of the scenario being edited (the proposal, or the baseline in
    /// Current mode). A post the proposal disestablished is shown from the baseline, read-only; a
    /// post of a locked baseline is read-only too; [#readOnlyBecauseProperty()] says why.
    public void show(Workspace workspace, Function<Scenario, Optional<String>> whyReadOnly) {
        Model m = workspace.model();
        String key = workspace.selectedKeyProperty().get();
        Optional<Scenario> edited = workspace.editedScenario();
        Scenario s = edited.orElse(null);
        Post p = m == null || key == null || s == null ? null : s.post(key);
        String because = p == null ? "" : whyReadOnly.apply(s).orElse("");
        if (p == null && s != null && key != null) {
            Scenario base = workspace.base().orElse(s);
            p = base.post(key);
            because = p == null ? "" : p.title() + " is not in " + s.name() + " (disestablished there); it is shown as it is in "
                    + base.name() + " and cannot be edited";
            s = base;
        }
        if (p == null) {
            scenarioId = null;
            load(m, null, false);
            heading.set(NOTHING);
            source.set("");
            readOnlyBecause.set("");
            return;
        }
        scenarioId = s.id();
        divisions.set(m.divisions());
        grades.set(m.grades());
        load(m, p, because.isEmpty());
        readOnlyBecause.set(because);
        heading.set(p.title() + " — " + s.name() + (because.isEmpty() ? "" : " (read-only)"));
        source.set(p.provenance().describe().isEmpty() ? "Key " + p.key() : "Key " + p.key() + " · " + p.provenance().describe());
    }

    /// Saves the edited post as one command, when the post can be edited and every field is right;
    /// false when there was nothing to save or the edit was refused.
    public boolean apply(BiPredicate<String, Post> editPost) {
        Optional<Post> p = editable.get() ? edited() : Optional.empty();
        return p.isPresent() && scenarioId != null && editPost.test(scenarioId, p.get());
    }

    /// The scenario of the post shown, or null.
    public String scenarioId() {
        return scenarioId;
    }

    public StringProperty headingProperty() {
        return heading;
    }

    public StringProperty sourceProperty() {
        return source;
    }

    /// Why the post shown cannot be edited, or empty when it can.
    public StringProperty readOnlyBecauseProperty() {
        return readOnlyBecause;
    }

    public BooleanProperty editableProperty() {
        return editable;
    }

    public StringProperty titleProperty() {
        return title;
    }

    public StringProperty fteProperty() {
        return fte;
    }

    /// Shows a post; `editable` is false for a locked baseline.
    public void load(Model model, Post post, boolean canEdit) {
        loaded = post;
        editable.set(post != null && canEdit);
        if (post == null) {
            title.set("");
            return;
        }
        title.set(post.title());
        division.set(model.division(post.divisionId()).orElse(null));
        grade.set(model.grade(post.gradeId()).orElse(null));
        fte.set(post.fte().toPlainString());
        headcount.set(Integer.toString(post.headcount()));
        occupancy.set(post.occupancy());
        holder.set(post.holder());
        fixedTermEnd.set(post.fixedTermEnd());
        responsibilities.set(post.responsibilities());
        notes.set(post.notes());
    }

    public Post loaded() {
        return loaded;
    }

    /// Field name → what is wrong with it; empty when the post can be saved.
    public ObjectBinding<Map<String, String>> problemsProperty() {
        return problems;
    }

    private Map<String, String> check() {
        Map<String, String> out = new LinkedHashMap<>();
        if (title.get() == null || title.get().isBlank()) {
            out.put(TITLE, "A post needs a title");
        }
        if (grade.get() == null) {
            out.put(GRADE, "Choose a grade from the model's pay scales");
        }
        BigDecimal f = decimal(fte.get());
        Integer h = integer(headcount.get());
        if (f == null) {
            out.put(FTE, "FTE must be a number such as 1, 0.5 or 30");
        } else if (f.signum() <= 0) {
            out.put(FTE, "FTE must be more than 0");
        }
        if (h == null || h < 1) {
            out.put(HEADCOUNT, "Headcount must be a whole number of 1 or more");
        } else if (f != null && f.compareTo(BigDecimal.valueOf(h)) > 0) {
            out.put(FTE, "FTE " + f.toPlainString() + " is more than the headcount of " + h);
        }
        if (occupancy.get() == Occupancy.VACANT && holder.get() != null && !holder.get().isBlank()) {
            out.put(HOLDER, "A vacant post has no holder: clear the name or change the occupancy");
        }
        return out;
    }

    /// The edited post, when every field is right.
    public Optional<Post> edited() {
        if (loaded == null || !problems.get().isEmpty()) {
            return Optional.empty();
        }
        Post p = loaded.withTitle(title.get().strip())
                .withDivision(division.get() == null ? loaded.divisionId() : division.get().id())
                .withGrade(grade.get().id())
                .withFte(decimal(fte.get()), integer(headcount.get()))
                .withOccupancy(occupancy.get(), holder.get() == null ? "" : holder.get().strip(), fixedTermEnd.get())
                .withResponsibilities(responsibilities.get() == null ? "" : responsibilities.get())
                .withNotes(notes.get() == null ? "" : notes.get());
        return Optional.of(p);
    }

    private static BigDecimal decimal(String s) {
        try {
            return s == null || s.isBlank() ? null : new BigDecimal(s.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static Integer integer(String s) {
        try {
            return s == null || s.isBlank() ? null : Integer.valueOf(s.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
