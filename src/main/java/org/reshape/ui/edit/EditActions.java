package org.reshape.ui.edit;

import org.reshape.edit.ModelCommand;
import org.reshape.edit.PostsCommand;
import org.reshape.edit.ScenarioCommand;

import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import org.reshape.domain.Model;
import org.reshape.domain.Post;
import org.reshape.domain.Scenario;
import org.reshape.domain.StructureEdits;
import org.reshape.ui.workspace.Workspace;

/// What the HR partner can do to a structure, each as one named command:
/// the window's menus, drag and drop and the inspector all come here.
public final class EditActions {
    private final Workspace workspace;
    private final Editor editor;
    private final BooleanProperty joinDivision = new SimpleBooleanProperty(this, "joinDivision", true);

    public EditActions(Workspace workspace, Editor editor) {
        this.workspace = workspace;
        this.editor = editor;
    }

    public Editor editor() {
        return editor;
    }

    /// Whether a post dragged under a new manager joins that manager's division.
    public BooleanProperty joinDivisionProperty() {
        return joinDivision;
    }

    /// Why a scenario cannot be edited now, or empty.
    public Optional<String> whyReadOnly(Scenario s) {
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

    public boolean moveUnder(String scenarioId, String key, String target, boolean alone) {
        Scenario s = scenario(scenarioId);
        Optional<String> why = whyNotMove(scenarioId, key, target);
        if (why.isPresent()) {
            editor.refuse("Not moved: " + why.get());
            return false;
        }
        String name = "Move " + s.post(key).title() + (alone ? " (alone)" : "") + " under " + s.post(target).title();
        return run(s, name, StructureEdits.moveUnder(s, key, target, joinDivision.get(), alone));
    }

    public boolean moveToDivision(String scenarioId, String key, String divisionId) {
        Scenario s = scenario(scenarioId);
        if (s.post(key).divisionId().equals(divisionId)) {
            return false;
        }
        return run(s, "Move " + s.post(key).title() + " to " + workspace.model().divisionName(divisionId),
                StructureEdits.moveToDivision(s, key, divisionId));
    }

    /// Replaces a post with an edited copy (same key), from the inspector.
    public boolean editPost(String scenarioId, Post edited) {
        Scenario s = scenario(scenarioId);
        Post old = s.post(edited.key());
        if (old == null || old.equals(edited)) {
            return false;
        }
        return run(s, "Edit " + edited.title(), new StructureEdits.Delta(java.util.List.of(edited), java.util.List.of()));
    }

    public Optional<String> addUnder(String scenarioId, String managerKey) {
        Scenario s = scenario(scenarioId);
        Post m = s.post(managerKey);
        String key = StructureEdits.freshKey(workspace.model(), "N");
        boolean done = run(s, "Add a post under " + m.title(),
                StructureEdits.addUnder(s, managerKey, key, "New post", m.gradeId()));
        return done ? Optional.of(key) : Optional.empty();
    }

    public boolean disestablish(String scenarioId, String key, String reportsGoTo) {
        Scenario s = scenario(scenarioId);
        try {
            return run(s, "Disestablish " + s.post(key).title(), StructureEdits.disestablish(s, key, reportsGoTo));
        } catch (IllegalArgumentException e) {
            editor.refuse("Not done: " + e.getMessage());
            return false;
        }
    }

    public Optional<String> merge(String scenarioId, String first, String second, String title) {
        Scenario s = scenario(scenarioId);
        String key = StructureEdits.freshKey(workspace.model(), "N");
        try {
            boolean done = run(s, "Merge " + s.post(first).title() + " and " + s.post(second).title(),
                    StructureEdits.merge(s, first, second, key, title));
            return done ? Optional.of(key) : Optional.empty();
        } catch (IllegalArgumentException e) {
            editor.refuse("Not done: " + e.getMessage());
            return Optional.empty();
        }
    }

    /// A new proposal copied from a scenario (same post keys); it becomes the compared proposal.
    public Optional<String> newProposal(String fromScenarioId, String name) {
        Model m = workspace.model();
        Scenario from = scenario(fromScenarioId);
        String id = freshScenarioId(m);
        if (!editor.execute(new ScenarioCommand("New proposal " + name, m, null, from.deriveProposal(id, name)))) {
            return Optional.empty();
        }
        workspace.proposalIdProperty().set(id);
        return Optional.of(id);
    }

    /// A copy of a proposal with the same base: another option to compare.
    public Optional<String> duplicate(String scenarioId, String name) {
        Model m = workspace.model();
        Scenario from = scenario(scenarioId);
        String id = freshScenarioId(m);
        Scenario copy = new Scenario(id, name, from.baseId(), from.implementationDate(), false, from.posts());
        if (!editor.execute(new ScenarioCommand("Duplicate " + from.name(), m, null, copy))) {
            return Optional.empty();
        }
        workspace.proposalIdProperty().set(id);
        return Optional.of(id);
    }

    public boolean rename(String scenarioId, String name) {
        Scenario s = scenario(scenarioId);
        if (name == null || name.isBlank() || name.equals(s.name())) {
            return false;
        }
        return editor.execute(new ScenarioCommand("Rename " + s.name() + " to " + name.strip(), workspace.model(), s,
                s.withName(name.strip())));
    }

    public boolean setLocked(String scenarioId, boolean locked) {
        Scenario s = scenario(scenarioId);
        return s.locked() != locked && editor.execute(new ScenarioCommand((locked ? "Lock " : "Unlock ") + s.name(),
                workspace.model(), s, s.withLocked(locked)));
    }

    /// Deletes a scenario that nothing is derived from.
    public boolean delete(String scenarioId) {
        Model m = workspace.model();
        Scenario s = scenario(scenarioId);
        Optional<Scenario> child = m.scenarios().stream().filter(x -> x.baseId().equals(scenarioId)).findFirst();
        if (child.isPresent()) {
            editor.refuse("Not deleted: " + child.get().name() + " is derived from " + s.name() + "; delete it first");
            return false;
        }
        return editor.execute(new ScenarioCommand("Delete " + s.name(), m, s, null));
    }

    /// New cost settings for the model (the finance officer's basis, year and rates).
    public boolean setCostSettings(org.reshape.domain.CostSettings settings) {
        Model m = workspace.model();
        if (settings.equals(m.costSettings())) {
            return false;
        }
        return editor.execute(ModelCommand.settings("Change the cost settings", m, settings));
    }

    /// Replaces the glossary the appendices print (abbreviation → meaning).
    public boolean setGlossary(java.util.Map<String, String> glossary) {
        Model m = workspace.model();
        if (new java.util.TreeMap<>(glossary).equals(m.glossary())) {
            return false;
        }
        return editor.execute(ModelCommand.glossary("Edit the glossary", m, glossary));
    }

    /// Sets (or, with null, clears) a division's budget.
    public boolean setBudget(String divisionId, org.reshape.domain.Money budget) {
        Model m = workspace.model();
        java.util.List<org.reshape.domain.Division> list = new java.util.ArrayList<>(m.divisions());
        for (int i = 0; i < list.size(); i++) {
            if (list.get(i).id().equals(divisionId)) {
                if (java.util.Objects.equals(list.get(i).budget(), budget)) {
                    return false;
                }
                list.set(i, list.get(i).withBudget(budget));
                return editor.execute(ModelCommand.divisions("Set the budget of " + list.get(i).name(), m, list));
            }
        }
        return false;
    }

    /// When a proposal takes effect, for the part-year costs.
    public boolean setImplementationDate(String scenarioId, java.time.LocalDate date) {
        Scenario s = scenario(scenarioId);
        if (java.util.Objects.equals(s.implementationDate(), date)) {
            return false;
        }
        return editor.execute(new ScenarioCommand("Set the implementation date of " + s.name(), workspace.model(), s,
                s.withImplementationDate(date)));
    }

    private boolean run(Scenario s, String name, StructureEdits.Delta delta) {
        Optional<String> why = whyReadOnly(s);
        if (why.isPresent()) {
            editor.refuse("Not done: " + why.get());
            return false;
        }
        return editor.execute(new PostsCommand(name, s, delta));
    }

    private Scenario scenario(String id) {
        return workspace.model().scenario(id).filter(s -> s.id().equals(id))
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
