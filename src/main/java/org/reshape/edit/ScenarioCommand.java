package org.reshape.edit;

import java.util.ArrayList;
import java.util.List;
import org.reshape.domain.Model;
import org.reshape.domain.Scenario;
import org.reshape.store.StoreTx;

/// Creates, deletes, renames, locks or unlocks a scenario.
public final class ScenarioCommand implements Command {
    private final String name;
    private final Scenario before;
    private final Scenario after;
    private final int position;

    /// @param before the scenario before (null when creating)
    /// @param after  the scenario after (null when deleting)
    public ScenarioCommand(String name, Model model, Scenario before, Scenario after) {
        this.name = name;
        this.before = before;
        this.after = after;
        this.position = before == null ? model.scenarios().size() : model.scenarios().indexOf(model.scenario(before.id()).orElseThrow());
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public Model apply(Model model) {
        return put(model, before, after);
    }

    @Override
    public Model revert(Model model) {
        return put(model, after, before);
    }

    private Model put(Model model, Scenario from, Scenario to) {
        if (to == null) {
            return model.withoutScenario(from.id());
        }
        if (from == null) {
            List<Scenario> list = new ArrayList<>(model.scenarios());
            list.add(Math.min(position, list.size()), to);
            Model m = model;
            for (Scenario s : list) {
                m = m.withoutScenario(s.id());
            }
            for (Scenario s : list) {
                m = m.withScenario(s);
            }
            return m;
        }
        return model.withScenario(to);
    }

    @Override
    public void write(StoreTx tx, boolean forward) {
        Scenario from = forward ? before : after;
        Scenario to = forward ? after : before;
        if (to == null) {
            tx.deleteScenario(from.id());
        } else if (from == null) {
            tx.insertScenario(to, position);
        } else {
            ScenarioRows.replace(tx, from, to);
        }
    }

    @Override
    public Touched touched() {
        Scenario s = after != null ? after : before;
        return before == null || after == null ? Touched.scenario(s.id(), Touched.Part.SCENARIO_LIST) : Touched.scenario(s.id());
    }
}
