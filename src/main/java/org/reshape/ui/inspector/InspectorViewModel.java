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
import org.reshape.domain.Honorarium;
import org.reshape.domain.Money;
import org.reshape.domain.Post;
import org.reshape.domain.PostPay;
import org.reshape.domain.SalaryBasis;
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
    public static final String ACTUAL_SALARY = "actualSalary";
    public static final String ACTING = "acting";
    public static final String HONORARIUM = "honorarium";
    /// the basis choice that leaves the post to the cost settings
    public static final String BASIS_AS_SET = "as the cost settings";

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
    /// how the post is paid beyond its grade (docs/decisions/0011)
    final StringProperty basis = new SimpleStringProperty(BASIS_AS_SET);
    final StringProperty actualSalary = new SimpleStringProperty("");
    final StringProperty actingFor = new SimpleStringProperty("");
    final BooleanProperty backfilled = new SimpleBooleanProperty(false);
    final StringProperty honorarium = new SimpleStringProperty("");
    final ObjectProperty<LocalDate> honorariumFrom = new SimpleObjectProperty<>();
    final ObjectProperty<LocalDate> honorariumTo = new SimpleObjectProperty<>();
    /// the keys a post of this scenario could be acted up from: "" (nobody acts up) and every other post
    final ObjectProperty<List<String>> actingChoices = new SimpleObjectProperty<>(List.of(""));
    final ObjectProperty<Map<String, String>> titles = new SimpleObjectProperty<>(Map.of());
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
        problems = Bindings.createObjectBinding(this::check, title, grade, fte, headcount, occupancy, holder, actualSalary, actingFor,
                honorarium, honorariumFrom, honorariumTo);
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
        List<String> choices = new java.util.ArrayList<>(List.of(""));
        Map<String, String> names = new java.util.HashMap<>();
        String own = p.key();
        s.posts().forEach(x -> {
            names.put(x.key(), x.title());
            if (!x.key().equals(own)) {
                choices.add(x.key());
            }
        });
        titles.set(names);
        actingChoices.set(choices);
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
        PostPay pay = post.pay();
        basis.set(pay.basis() == null ? BASIS_AS_SET : pay.basis().label());
        actualSalary.set(pay.actualSalary() == null ? "" : pay.actualSalary().toPlainString());
        actingFor.set(pay.actingFor());
        backfilled.set(pay.backfilled());
        Honorarium h = pay.honorarium();
        honorarium.set(h == null ? "" : h.amount() != null ? h.amount().toPlainString()
                : h.percent().movePointRight(2).stripTrailingZeros().toPlainString() + "%");
        honorariumFrom.set(h == null ? null : h.from());
        honorariumTo.set(h == null ? null : h.to());
    }

    /// "HFH — Head of Service (Family Help)", or "nobody" for the empty choice.
    public String describeActing(String key) {
        return key == null || key.isEmpty() ? "nobody acts up" : key + " — " + titles.get().getOrDefault(key, "");
    }

    /// The bases a post can be given: the cost settings' own, then each basis.
    public static List<String> basisChoices() {
        List<String> out = new java.util.ArrayList<>(List.of(BASIS_AS_SET));
        for (SalaryBasis b : SalaryBasis.values()) {
            out.add(b.label());
        }
        return out;
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
        if (actualSalary.get() != null && !actualSalary.get().isBlank() && money(actualSalary.get()).filter(m -> m.signum() > 0).isEmpty()) {
            out.put(ACTUAL_SALARY, "Actual salary: an amount a year in pounds, more than £0, such as 68500");
        }
        if (actingFor.get() != null && !actingFor.get().isEmpty() && occupancy.get() != Occupancy.ACTING) {
            out.put(ACTING, "Acting up: set the occupancy to Acting, or choose nobody");
        }
        honorariumProblem().ifPresent(m -> out.put(HONORARIUM, m));
        return out;
    }

    private Optional<String> honorariumProblem() {
        try {
            parseHonorarium();
            return Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.of("Honorarium: " + e.getMessage());
        }
    }

    /// The honorarium as typed: "3000" a year, or "10%" of salary; null when the field is empty.
    private Honorarium parseHonorarium() {
        String text = honorarium.get() == null ? "" : honorarium.get().strip();
        if (text.isEmpty()) {
            if (honorariumFrom.get() != null || honorariumTo.get() != null) {
                throw new IllegalArgumentException("give a sum a year, such as 3000, or a percentage of salary, such as 10%");
            }
            return null;
        }
        if (text.endsWith("%")) {
            BigDecimal pct = decimal(text.substring(0, text.length() - 1));
            if (pct == null) {
                throw new IllegalArgumentException("'" + text + "' is not a percentage; write it like 10%");
            }
            return Honorarium.percentOfSalary(pct.movePointLeft(2), honorariumFrom.get(), honorariumTo.get());
        }
        Money amount = money(text).orElseThrow(() -> new IllegalArgumentException(
                "'" + text + "' is not a sum a year or a percentage; write it like 3000 or 10%"));
        return Honorarium.sum(amount, honorariumFrom.get(), honorariumTo.get());
    }

    private static Optional<Money> money(String text) {
        try {
            return Optional.of(Money.parse(text.strip()));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
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
        SalaryBasis b = java.util.Arrays.stream(SalaryBasis.values()).filter(x -> x.label().equals(basis.get())).findFirst().orElse(null);
        String acting = actingFor.get() == null ? "" : actingFor.get();
        Money actual = actualSalary.get() == null || actualSalary.get().isBlank() ? null : money(actualSalary.get()).orElseThrow();
        p = p.withPay(new PostPay(acting, !acting.isEmpty() && backfilled.get(), parseHonorarium(), b, actual));
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
