package org.reshape.edit;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import org.reshape.domain.CostSettings;
import org.reshape.domain.Division;
import org.reshape.domain.Model;
import org.reshape.store.StoreTx;

/// A command that replaces one model-wide value — the cost settings, the
/// glossary or one division (with its budget) — keeping the old value for undo.
public final class ModelCommand<T> implements Command {
    private final String name;
    private final T before;
    private final T after;
    private final BiFunction<Model, T, Model> set;
    private final BiConsumer<StoreTx, T> write;
    private final Touched touched;

    private ModelCommand(String name, T before, T after, BiFunction<Model, T, Model> set, BiConsumer<StoreTx, T> write,
                         Touched touched) {
        this.name = name;
        this.before = before;
        this.after = after;
        this.set = set;
        this.write = write;
        this.touched = touched;
    }

    public static ModelCommand<CostSettings> settings(String name, Model m, CostSettings after) {
        return new ModelCommand<>(name, m.costSettings(), after, Model::withCostSettings, StoreTx::putCostSettings,
                Touched.parts(Touched.Part.COST_SETTINGS));
    }

    public static ModelCommand<Map<String, String>> glossary(String name, Model m, Map<String, String> after) {
        return new ModelCommand<>(name, m.glossary(), after, Model::withGlossary, StoreTx::putGlossary,
                Touched.parts(Touched.Part.GLOSSARY));
    }

    /// Replaces the division of the same id, writing that one row.
    public static ModelCommand<Division> division(String name, Model m, Division after) {
        Division before = m.division(after.id())
                .orElseThrow(() -> new IllegalArgumentException("there is no division " + after.id()));
        return new ModelCommand<>(name, before, after, ModelCommand::withDivision, StoreTx::putDivision,
                Touched.parts(Touched.Part.DIVISIONS));
    }

    /// People, holdings, matches and consultation plans change together, as one value; the store
    /// compares it with what it holds and writes the rows that differ.
    public static ModelCommand<org.reshape.domain.Workforce> workforce(String name, Model m, org.reshape.domain.Workforce after) {
        return new ModelCommand<>(name, m.workforce(), after, Model::withWorkforce, StoreTx::putWorkforce,
                Touched.parts(Touched.Part.PEOPLE));
    }

    private static Model withDivision(Model m, Division d) {
        List<Division> list = new ArrayList<>(m.divisions());
        list.replaceAll(x -> x.id().equals(d.id()) ? d : x);
        return m.withDivisions(list);
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public Model apply(Model model) {
        return set.apply(model, after);
    }

    @Override
    public Model revert(Model model) {
        return set.apply(model, before);
    }

    @Override
    public void write(StoreTx tx, boolean forward) {
        write.accept(tx, forward ? after : before);
    }

    @Override
    public Touched touched() {
        return touched;
    }
}
