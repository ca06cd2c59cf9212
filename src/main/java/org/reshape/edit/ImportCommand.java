package org.reshape.edit;

import org.reshape.domain.Model;
import org.reshape.domain.Scenario;
import org.reshape.store.StoreTx;

/// An imported scenario, with the divisions, pay scales and grades the import
/// added to the model: one transaction, and undo takes it all out again.
public final class ImportCommand implements Command {
    private final String name;
    private final Model before;
    private final Model after;
    private final Scenario scenario;

    public ImportCommand(String name, Model before, Model after, Scenario scenario) {
        this.name = name;
        this.before = before;
        this.after = after;
        this.scenario = scenario;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public Model apply(Model model) {
        return model.withDivisions(after.divisions()).withPayScalesAndGrades(after.payScales(), after.grades())
                .withScenario(scenario);
    }

    @Override
    public Model revert(Model model) {
        return model.withoutScenario(scenario.id()).withDivisions(before.divisions())
                .withPayScalesAndGrades(before.payScales(), before.grades());
    }

    @Override
    public void write(StoreTx tx, boolean forward) {
        Model m = forward ? after : before;
        tx.putDivisions(m.divisions());
        tx.putPayScales(m.payScales());
        tx.putGrades(m.grades());
        if (forward) {
            tx.putScenario(scenario);
        } else {
            tx.deleteScenario(scenario.id());
        }
    }
}
