package org.reshape.edit;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.reshape.domain.Division;
import org.reshape.domain.Grade;
import org.reshape.domain.Model;
import org.reshape.domain.PayScale;
import org.reshape.domain.Scenario;
import org.reshape.store.StoreTx;

/// What an import brought: its scenarios (new, or replacing one of the same id)
/// and the divisions, pay scales and grades it added or changed. Applying it
/// adds just those to the model as it is by then, so an edit made while the
/// import ran (a division's budget, say) stays; undo takes out just those again.
/// One transaction, for the window and the command line alike.
public final class ImportCommand implements Command {
    private final String name;
    private final Brought<Division> divisions;
    private final Brought<PayScale> payScales;
    private final Brought<Grade> grades;
    private final Brought<Scenario> scenarios;
    /// the people before and after, when the import read a first establishment list's people; else null
    private final org.reshape.domain.Workforce peopleBefore;
    private final org.reshape.domain.Workforce peopleAfter;

    /// @param before the model the import started from
    /// @param after  the model the import made from it
    public ImportCommand(String name, Model before, Model after) {
        this.name = name;
        this.divisions = Brought.of(before.divisions(), after.divisions(), Division::id);
        this.payScales = Brought.of(before.payScales(), after.payScales(), PayScale::id);
        this.grades = Brought.of(before.grades(), after.grades(), Grade::id);
        this.scenarios = Brought.of(before.scenarios(), after.scenarios(), Scenario::id);
        boolean people = !before.workforce().equals(after.workforce());
        this.peopleBefore = people ? before.workforce() : null;
        this.peopleAfter = people ? after.workforce() : null;
    }

    @Override
    public String name() {
        return name;
    }

    /// The scenarios the import added or replaced, in the order it made them.
    public List<Scenario> scenarios() {
        return List.copyOf(scenarios.now().values());
    }

    @Override
    public Model apply(Model model) {
        Model m = model.withDivisions(divisions.put(model.divisions(), true))
                .withPayScalesAndGrades(payScales.put(model.payScales(), true), grades.put(model.grades(), true));
        for (Scenario s : scenarios.now().values()) {
            m = m.withScenario(s);
        }
        return peopleAfter == null ? m : m.withWorkforce(peopleAfter);
    }

    @Override
    public Model revert(Model model) {
        Model m = model;
        for (Scenario s : scenarios.now().values()) {
            Scenario old = scenarios.was().get(s.id());
            m = old == null ? m.withoutScenario(s.id()) : m.withScenario(old);
        }
        if (peopleBefore != null) {
            m = m.withWorkforce(peopleBefore);
        }
        return m.withDivisions(divisions.put(m.divisions(), false))
                .withPayScalesAndGrades(payScales.put(m.payScales(), false), grades.put(m.grades(), false));
    }

    @Override
    public void write(StoreTx tx, boolean forward) {
        if (peopleAfter != null && !forward) {
            tx.putWorkforce(peopleBefore); // before the scenario its holdings name goes
        }
        divisions.write(forward, tx::putDivision, tx::deleteDivision);
        payScales.write(forward, tx::putPayScale, tx::deletePayScale);
        grades.write(forward, tx::putGrade, tx::deleteGrade);
        for (Scenario s : scenarios.now().values()) {
            Scenario old = scenarios.was().get(s.id());
            if (old != null) {
                ScenarioRows.replace(tx, forward ? old : s, forward ? s : old);
            } else if (forward) {
                tx.insertScenario(s, Integer.MAX_VALUE);
            } else {
                tx.deleteScenario(s.id());
            }
        }
        if (peopleAfter != null && forward) {
            tx.putWorkforce(peopleAfter);
        }
    }

    @Override
    public Touched touched() {
        Set<Touched.Part> parts = new java.util.HashSet<>(Set.of(Touched.Part.SCENARIO_LIST));
        if (!divisions.now().isEmpty()) {
            parts.add(Touched.Part.DIVISIONS);
        }
        if (!payScales.now().isEmpty() || !grades.now().isEmpty()) {
            parts.add(Touched.Part.PAY);
        }
        if (peopleAfter != null) {
            parts.add(Touched.Part.PEOPLE);
        }
        return new Touched(Map.of(), scenarios.now().keySet(), parts);
    }

    /// The items of one list an import added (no `was`) or changed (`was` holds the old one), by id.
    private record Brought<T>(Map<String, T> now, Map<String, T> was, Function<T, String> id) {

        static <T> Brought<T> of(List<T> before, List<T> after, Function<T, String> id) {
            Map<String, T> old = new LinkedHashMap<>();
            before.forEach(x -> old.put(id.apply(x), x));
            Map<String, T> now = new LinkedHashMap<>();
            Map<String, T> was = new LinkedHashMap<>();
            for (T x : after) {
                T prior = old.get(id.apply(x));
                if (!x.equals(prior)) {
                    now.put(id.apply(x), x);
                    if (prior != null) {
                        was.put(id.apply(x), prior);
                    }
                }
            }
            return new Brought<>(now, was, id);
        }

        /// `list` with the brought items put in (forward) or taken out again (backward); others untouched.
        List<T> put(List<T> list, boolean forward) {
            List<T> out = new ArrayList<>();
            Map<String, T> pending = new LinkedHashMap<>(now);
            for (T x : list) {
                String key = id.apply(x);
                if (!pending.containsKey(key)) {
                    out.add(x);
                } else {
                    pending.remove(key);
                    T replacement = forward ? now.get(key) : was.get(key);
                    if (replacement != null) {
                        out.add(replacement);
                    }
                }
            }
            if (forward) {
                out.addAll(pending.values());
            } else {
                pending.keySet().stream().map(was::get).filter(java.util.Objects::nonNull).forEach(out::add);
            }
            return out;
        }

        void write(boolean forward, java.util.function.Consumer<T> put, java.util.function.Consumer<String> delete) {
            now.forEach((key, x) -> {
                T old = was.get(key);
                if (forward) {
                    put.accept(x);
                } else if (old != null) {
                    put.accept(old);
                } else {
                    delete.accept(key);
                }
            });
        }
    }
}
