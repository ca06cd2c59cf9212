package org.reshape.ui.people;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.reshape.domain.Contract;
import org.reshape.domain.FamilyLeave;
import org.reshape.domain.Holding;
import org.reshape.domain.Model;
import org.reshape.domain.Money;
import org.reshape.domain.Person;
import org.reshape.domain.Post;
import org.reshape.domain.Scenario;
import org.reshape.domain.Workforce;

/// The holders of the selected post as the People section shows and edits
/// them: the list, and the form for the chosen holder. Holds no nodes; every
/// change becomes a new [Workforce] for one undoable command.
///
/// Holders belong to posts of the current structure, whichever scenario is on
/// screen: a post that exists only in a proposal gets its people from
/// confirmed matches instead, and this section only lists them.
public final class PeopleViewModel {
    /// One line of the list: "Ann Sampleton · 0.5 FTE · Permanent".
    public record Row(Person person, BigDecimal fte) {
        @Override
        public String toString() {
            return (person.name().isEmpty() ? person.id() : person.name()) + " · " + fte.toPlainString() + " FTE · "
                    + person.contract().label();
        }
    }

    final ObservableList<Row> rows = FXCollections.observableArrayList();
    final ObservableList<Person> others = FXCollections.observableArrayList();
    final ObjectProperty<Row> selected = new SimpleObjectProperty<>();
    final StringProperty heading = new SimpleStringProperty("");
    final BooleanProperty editable = new SimpleBooleanProperty(false);
    final StringProperty name = new SimpleStringProperty("");
    final StringProperty employeeNumber = new SimpleStringProperty("");
    final ObjectProperty<Contract> contract = new SimpleObjectProperty<>(Contract.PERMANENT);
    final StringProperty fte = new SimpleStringProperty("");
    final StringProperty salary = new SimpleStringProperty("");
    final ObjectProperty<LocalDate> serviceStart = new SimpleObjectProperty<>();
    final ObjectProperty<LocalDate> dateOfBirth = new SimpleObjectProperty<>();
    final StringProperty noticeWeeks = new SimpleStringProperty("");
    final ObjectProperty<FamilyLeave> leave = new SimpleObjectProperty<>(FamilyLeave.NONE);
    final StringProperty sex = new SimpleStringProperty("");
    final StringProperty ethnicity = new SimpleStringProperty("");
    final StringProperty disability = new SimpleStringProperty("");

    private Model model;
    private Post post;

    public PeopleViewModel() {
        selected.subscribe(this::fill);
    }

    /// Shows the holders of `key`: its holdings in the current structure, or, for a post only in
    /// `shown` (a new post of a proposal), the people confirmed into it.
    public void load(Model m, Scenario shown, String key) {
        model = m;
        Row keep = selected.get();
        rows.clear();
        others.clear();
        post = null;
        if (m == null || key == null || shown == null) {
            heading.set("Holders: select a post");
            editable.set(false);
            selected.set(null);
            return;
        }
        Scenario base = m.scenarios().stream().filter(s -> !s.isProposal()).findFirst().orElse(null);
        Workforce w = m.workforce();
        if (base != null && base.contains(key)) {
            post = base.post(key);
            w.holdingsOf(key).forEach(h -> w.person(h.personId()).ifPresent(p -> rows.add(new Row(p, h.fte()))));
            List<String> here = rows.stream().map(r -> r.person().id()).toList();
            w.people().stream().filter(p -> !here.contains(p.id())).forEach(others::add);
            editable.set(true);
            heading.set(rows.size() > 1 ? "Holders (job share)" : "Holders");
        } else {
            w.holdersIn(shown, key).forEach(p -> rows.add(new Row(p, BigDecimal.ONE)));
            editable.set(false);
            heading.set("People confirmed into this new post (from matching)");
        }
        selected.set(keep == null ? null : rows.stream().filter(r -> r.person().id().equals(keep.person().id())).findFirst()
                .orElse(null));
        if (selected.get() == null && !rows.isEmpty()) {
            selected.set(rows.getFirst());
        }
    }

    private void fill(Row r) {
        Person p = r == null ? null : r.person();
        name.set(p == null ? "" : p.name());
        employeeNumber.set(p == null ? "" : p.employeeNumber());
        contract.set(p == null ? Contract.PERMANENT : p.contract());
        fte.set(r == null ? "" : r.fte().toPlainString());
        salary.set(p == null || p.salary() == null ? "" : p.salary().toPlainString());
        serviceStart.set(p == null ? null : p.serviceStart());
        dateOfBirth.set(p == null ? null : p.dateOfBirth());
        noticeWeeks.set(p == null ? "" : Integer.toString(p.noticeWeeks()));
        leave.set(p == null ? FamilyLeave.NONE : p.leave());
        sex.set(p == null ? "" : p.sex());
        ethnicity.set(p == null ? "" : p.ethnicity());
        disability.set(p == null ? "" : p.disability());
    }

    /// A new person holding the rest of the post's FTE (all of it for a vacant post, half for a second holder).
    public Optional<Change> addNew(String newName) {
        if (post == null || newName == null || newName.isBlank()) {
            return Optional.empty();
        }
        Workforce w = model.workforce();
        String id = freeId(w);
        BigDecimal rest = post.fte().subtract(w.heldFte(post.key()));
        BigDecimal fteShare = rest.signum() > 0 ? rest : post.fte().divide(BigDecimal.TWO);
        Person p = new Person(id, newName.strip(), "", Contract.PERMANENT, null, null, null, null, 0, null, FamilyLeave.NONE, "", "", "");
        Workforce after = w.withPerson(p).withHolding(new Holding(id, post.key(), fteShare));
        return Optional.of(new Change("Add " + p.name() + " as holder of " + post.title(), after));
    }

    /// Someone already in the model also holding this post (a person in two posts).
    public Optional<Change> addExisting(Person p, String share) {
        BigDecimal f = decimal(share);
        if (post == null || p == null || f == null) {
            return Optional.empty();
        }
        return Optional.of(new Change("Add " + p.name() + " as holder of " + post.title(),
                model.workforce().withHolding(new Holding(p.id(), post.key(), f))));
    }

    /// Takes the chosen holder off this post; someone who holds no other post leaves the model.
    public Optional<Change> remove() {
        Row r = selected.get();
        if (post == null || r == null) {
            return Optional.empty();
        }
        Workforce w = model.workforce().withoutHolding(r.person().id(), post.key());
        if (w.holdingsOfPerson(r.person().id()).isEmpty()) {
            w = w.withoutPerson(r.person().id());
        }
        return Optional.of(new Change("Remove " + r.person().name() + " from " + post.title(), w));
    }

    /// The form's values as a change, or the first thing wrong with them.
    public Result apply() {
        Row r = selected.get();
        if (post == null || r == null) {
            return Result.problem("Choose a holder first");
        }
        List<String> wrong = new ArrayList<>();
        BigDecimal f = decimal(fte.get());
        if (f == null || f.signum() <= 0) {
            wrong.add("FTE must be a number more than 0, such as 1 or 0.5");
        }
        Money pay = null;
        if (!blank(salary.get())) {
            try {
                pay = Money.parse(salary.get());
            } catch (IllegalArgumentException e) {
                wrong.add("Salary: " + e.getMessage());
            }
        }
        Integer notice = blank(noticeWeeks.get()) ? Integer.valueOf(0) : integer(noticeWeeks.get());
        if (notice == null) {
            wrong.add("Notice must be a whole number of weeks");
        }
        if (!wrong.isEmpty()) {
            return Result.problem(String.join("; ", wrong));
        }
        Person old = r.person();
        Person p = new Person(old.id(), strip(name.get()), strip(employeeNumber.get()), contract.get(), pay, old.spinalPoint(),
                serviceStart.get(), dateOfBirth.get(), notice, contract.get() == Contract.FIXED_TERM ? old.contractEnd() : null,
                leave.get(), strip(sex.get()), strip(ethnicity.get()), strip(disability.get()));
        Workforce after = model.workforce().withPerson(p).withHolding(new Holding(old.id(), post.key(), f));
        if (after.equals(model.workforce())) {
            return Result.problem("Nothing to apply: the holder is as saved");
        }
        return Result.of(new Change("Edit " + (p.name().isEmpty() ? p.id() : p.name()) + ", holder of " + post.title(), after));
    }

    /// A named new workforce, for one command.
    public record Change(String name, Workforce after) {
    }

    public record Result(Optional<Change> change, String problem) {
        static Result of(Change c) {
            return new Result(Optional.of(c), "");
        }

        static Result problem(String p) {
            return new Result(Optional.empty(), p);
        }
    }

    private static String freeId(Workforce w) {
        int n = w.people().size() + 1;
        while (w.person("P" + n).isPresent()) {
            n++;
        }
        return "P" + n;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String strip(String s) {
        return s == null ? "" : s.strip();
    }

    static BigDecimal decimal(String s) {
        try {
            return blank(s) ? null : new BigDecimal(s.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static Integer integer(String s) {
        try {
            return Integer.valueOf(s.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
