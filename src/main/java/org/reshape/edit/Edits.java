package org.reshape.edit;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import org.reshape.domain.CostSettings;
import org.reshape.domain.Division;
import org.reshape.domain.Model;
import org.reshape.domain.Money;
import org.reshape.domain.Post;
import org.reshape.domain.Scenario;
import org.reshape.domain.StructureEdits;

/// What a user can do to a model, each as one named command run through a
/// [History]: the window's menus, drag and drop and inspector, and the command
/// line, all come here. A refusal is said through the history's message.
public final class Edits {
    private final History history;

    public Edits(History history) {
        this.history = history;
    }

    public History history() {
        return history;
    }

    /// Why a scenario cannot be edited now, or empty.
    public static Optional<String> whyReadOnly(Scenario s) {
        return s.locked() ? Optional.of(s.name() + " is locked as the baseline; unlock it (Scenario ▸ Unlock) to edit it")
                : Optional.empty();
    }

    public Optional<String> whyReadOnly(String scenarioId) {
        return whyReadOnly(scenario(scenarioId));
    }

    /// Why `key` cannot be dropped on `target` in a scenario, or empty when it can.
    public Optional<String> whyNotMove(String scenarioId, String key, String target) {
        Scenario s = scenario(scenarioId);
        return whyReadOnly(s).or(() -> StructureEdits.whyNotReportTo(s, key, target));
    }

    /// @param joinDivision the post and its team join the new manager's division
    /// @param alone        the post moves without its reports, who go up to its old manager
    public boolean moveUnder(String scenarioId, String key, String target, boolean joinDivision, boolean alone) {
        Scenario s = scenario(scenarioId);
        Optional<String> why = whyNotMove(scenarioId, key, target);
        if (why.isPresent()) {
            history.refuse("Not moved: " + why.get());
            return false;
        }
        String name = "Move " + s.post(key).title() + (alone ? " (alone)" : "") + " under " + s.post(target).title();
        return run(s, name, StructureEdits.moveUnder(s, key, target, joinDivision, alone));
    }

    public boolean moveToDivision(String scenarioId, String key, String divisionId) {
        Scenario s = scenario(scenarioId);
        if (s.post(key).divisionId().equals(divisionId)) {
            return false;
        }
        return run(s, "Move " + s.post(key).title() + " to " + model().divisionName(divisionId),
                StructureEdits.moveToDivision(s, key, divisionId));
    }

    /// Replaces a post with an edited copy (same key), from the inspector.
    public boolean editPost(String scenarioId, Post edited) {
        Scenario s = scenario(scenarioId);
        Post old = s.post(edited.key());
        if (old == null || old.equals(edited)) {
            return false;
        }
        return run(s, "Edit " + edited.title(), new StructureEdits.Delta(List.of(edited), List.of()));
    }

    public Optional<String> addUnder(String scenarioId, String managerKey) {
        Scenario s = scenario(scenarioId);
        Post m = s.post(managerKey);
        String key = StructureEdits.freshKey(model(), "N");
        boolean done = run(s, "Add a post under " + m.title(),
                // no grade until one is chosen: a manager's grade would cost a new post at the manager's pay
                StructureEdits.addUnder(s, managerKey, key, "New post", ""));
        return done ? Optional.of(key) : Optional.empty();
    }

    public boolean disestablish(String scenarioId, String key, String reportsGoTo) {
        Scenario s = scenario(scenarioId);
        try {
            return run(s, "Disestablish " + s.post(key).title(), StructureEdits.disestablish(s, key, reportsGoTo));
        } catch (IllegalArgumentException e) {
            history.refuse("Not done: " + e.getMessage());
            return false;
        }
    }

    public Optional<String> merge(String scenarioId, String first, String second, String title) {
        Scenario s = scenario(scenarioId);
        String key = StructureEdits.freshKey(model(), "N");
        try {
            boolean done = run(s, "Merge " + s.post(first).title() + " and " + s.post(second).title(),
                    StructureEdits.merge(s, first, second, key, title));
            return done ? Optional.of(key) : Optional.empty();
        } catch (IllegalArgumentException e) {
            history.refuse("Not done: " + e.getMessage());
            return Optional.empty();
        }
    }

    /// A new proposal copied from a scenario (same post keys); returns its id.
    public Optional<String> newProposal(String fromScenarioId, String name) {
        Model m = model();
        Scenario from = scenario(fromScenarioId);
        String id = freshScenarioId(m);
        return history.execute(new ScenarioCommand("New proposal " + name, m, null, from.deriveProposal(id, name)))
                ? Optional.of(id) : Optional.empty();
    }

    /// A copy of a proposal with the same base: another option to compare; returns its id.
    public Optional<String> duplicate(String scenarioId, String name) {
        Model m = model();
        Scenario from = scenario(scenarioId);
        String id = freshScenarioId(m);
        Scenario copy = new Scenario(id, name, from.baseId(), from.implementationDate(), false, from.posts());
        return history.execute(new ScenarioCommand("Duplicate " + from.name(), m, null, copy))
                ? Optional.of(id) : Optional.empty();
    }

    public boolean rename(String scenarioId, String name) {
        Scenario s = scenario(scenarioId);
        if (name == null || name.isBlank() || name.equals(s.name())) {
            return false;
        }
        return history.execute(new ScenarioCommand("Rename " + s.name() + " to " + name.strip(), model(), s,
                s.withName(name.strip())));
    }

    public boolean setLocked(String scenarioId, boolean locked) {
        Scenario s = scenario(scenarioId);
        return s.locked() != locked && history.execute(new ScenarioCommand((locked ? "Lock " : "Unlock ") + s.name(),
                model(), s, s.withLocked(locked)));
    }

    /// Deletes a scenario that nothing is derived from.
    public boolean delete(String scenarioId) {
        Model m = model();
        Scenario s = scenario(scenarioId);
        Optional<Scenario> child = m.scenarios().stream().filter(x -> x.baseId().equals(scenarioId)).findFirst();
        if (child.isPresent()) {
            history.refuse("Not deleted: " + child.get().name() + " is derived from " + s.name() + "; delete it first");
            return false;
        }
        return history.execute(new ScenarioCommand("Delete " + s.name(), m, s, null));
    }

    /// New cost settings for the model (the finance officer's basis, year and rates).
    public boolean setCostSettings(CostSettings settings) {
        Model m = model();
        if (settings.equals(m.costSettings())) {
            return false;
        }
        return history.execute(ModelCommand.settings("Change the cost settings", m, settings));
    }

    /// Replaces the glossary the appendices print (abbreviation → meaning).
    public boolean setGlossary(Map<String, String> glossary) {
        Model m = model();
        if (new TreeMap<>(glossary).equals(m.glossary())) {
            return false;
        }
        return history.execute(ModelCommand.glossary("Edit the glossary", m, glossary));
    }

    /// Sets (or, with null, clears) a division's budget.
    public boolean setBudget(String divisionId, Money budget) {
        Model m = model();
        Optional<Division> d = m.division(divisionId);
        if (d.isEmpty() || Objects.equals(d.get().budget(), budget)) {
            return false;
        }
        return history.execute(ModelCommand.division("Set the budget of " + d.get().name(), m, d.get().withBudget(budget)));
    }

    /// When a proposal takes effect, for the part-year costs.
    public boolean setImplementationDate(String scenarioId, LocalDate date) {
        Scenario s = scenario(scenarioId);
        if (Objects.equals(s.implementationDate(), date)) {
            return false;
        }
        return history.execute(new ScenarioCommand("Set the implementation date of " + s.name(), model(), s,
                s.withImplementationDate(date)));
    }

    /// Adds what an import made from `before` (its scenarios, and the divisions, pay scales and grades it
    /// brought) to the model as it is now, as one command.
    public Optional<ImportCommand> importFrom(String name, Model before, Model after) {
        ImportCommand c = new ImportCommand(name, before, after);
        return history.execute(c) ? Optional.of(c) : Optional.empty();
    }

    private boolean run(Scenario s, String name, StructureEdits.Delta delta) {
        Optional<String> why = whyReadOnly(s);
        if (why.isPresent()) {
            history.refuse("Not done: " + why.get());
            return false;
        }
        return history.execute(new PostsCommand(name, s, delta));
    }

    private Model model() {
        return history.model();
    }

    private Scenario scenario(String id) {
        return model().scenario(id).filter(s -> s.id().equals(id))
                .orElseThrow(() -> new IllegalArgumentException("no scenario " + id));
    }

    private static String freshScenarioId(Model m) {
        int i = 1;
        while (m.scenario("proposal-" + i).isPresent()) {
            i++;
        }
        return "proposal-" + i;
    }
}
