package org.reshape.ui.edit;

import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import org.reshape.domain.CostSettings;
import org.reshape.domain.Division;
import org.reshape.domain.Model;
import org.reshape.store.StoreTx;

/// A command that replaces one model-wide value — the cost settings or the
/// divisions (with their budgets) — keeping the old value for undo.
public final class ModelCommand<T> implements Command {
    private final String name;
    private final T before;
    private final T after;
    private final BiFunction<Model, T, Model> set;
    private final BiConsumer<StoreTx, T> write;

    private ModelCommand(String name, T before, T after, BiFunction<Model, T, Model> set, BiConsumer<StoreTx, T> write) {
        this.name = name;
        this.before = before;
        this.after = after;
        this.set = set;
        this.write = write;
    }

    public static ModelCommand<CostSettings> settings(String name, Model m, CostSettings after) {
        return new ModelCommand<>(name, m.costSettings(), after, Model::withCostSettings, StoreTx::putCostSettings);
    }

    public static ModelCommand<java.util.Map<String, String>> glossary(String name, Model m, java.util.Map<String, String> after) {
        return new ModelCommand<>(name, m.glossary(), after, Model::withGlossary, StoreTx::putGlossary);
    }

    public static ModelCommand<List<Division>> divisions(String name, Model m, List<Division> after) {
        return new ModelCommand<>(name, m.divisions(), after, Model::withDivisions, StoreTx::putDivisions);
    }

    /// People, holdings, matches and consultation plans change together, as one value.
    public static ModelCommand<org.reshape.domain.Workforce> workforce(String name, Model m, org.reshape.domain.Workforce after) {
        return new ModelCommand<>(name, m.workforce(), after, Model::withWorkforce, StoreTx::putWorkforce);
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
}
