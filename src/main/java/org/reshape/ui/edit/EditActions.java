package org.reshape.ui.edit;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import org.reshape.domain.CostSettings;
import org.reshape.domain.Model;
import org.reshape.domain.Money;
import org.reshape.domain.Post;
import org.reshape.domain.Scenario;
import org.reshape.edit.Edits;
import org.reshape.edit.ImportCommand;
import org.reshape.ui.workspace.Workspace;

/// The window's face of [Edits]: the same edits as the command line, plus
/// the window's own choices — whether a moved post joins its new manager's
/// division, and which proposal is compared after one is made or imported.
public final class EditActions {
    private final Workspace workspace;
    private final Editor editor;
    private final Edits edits;
    private final BooleanProperty joinDivision = new SimpleBooleanProperty(this, "joinDivision", true);

    public EditActions(Workspace workspace, Editor editor) {
        this.workspace = workspace;
        this.editor = editor;
        this.edits = new Edits(editor.history());
    }

    public Editor editor() {
        return editor;
    }

    /// Whether a post dragged under a new manager joins that manager's division.
    public BooleanProperty joinDivisionProperty() {
        return joinDivision;
    }

    public Optional<String> whyReadOnly(Scenario s) {
        return Edits.whyReadOnly(s);
    }

    public Optional<String> whyReadOnly(String scenarioId) {
        return edits.whyReadOnly(scenarioId);
    }

    public Optional<String> whyNotMove(String scenarioId, String key, String target) {
        return edits.whyNotMove(scenarioId, key, target);
    }

    public boolean moveUnder(String scenarioId, String key, String target, boolean alone) {
        return edits.moveUnder(scenarioId, key, target, joinDivision.get(), alone);
    }

    public boolean moveToDivision(String scenarioId, String key, String divisionId) {
        return edits.moveToDivision(scenarioId, key, divisionId);
    }

    public boolean editPost(String scenarioId, Post edited) {
        return edits.editPost(scenarioId, edited);
    }

    public Optional<String> addUnder(String scenarioId, String managerKey) {
        return edits.addUnder(scenarioId, managerKey);
    }

    public boolean disestablish(String scenarioId, String key, String reportsGoTo) {
        return edits.disestablish(scenarioId, key, reportsGoTo);
    }

    public Optional<String> merge(String scenarioId, String first, String second, String title) {
        return edits.merge(scenarioId, first, second, title);
    }

    /// A new proposal copied from a scenario; it becomes the compared proposal.
    public Optional<String> newProposal(String fromScenarioId, String name) {
        return compared(edits.newProposal(fromScenarioId, name));
    }

    /// A copy of a proposal with the same base; it becomes the compared proposal.
    public Optional<String> duplicate(String scenarioId, String name) {
        return compared(edits.duplicate(scenarioId, name));
    }

    public boolean rename(String scenarioId, String name) {
        return edits.rename(scenarioId, name);
    }

    public boolean setLocked(String scenarioId, boolean locked) {
        return edits.setLocked(scenarioId, locked);
    }

    public boolean delete(String scenarioId) {
        return edits.delete(scenarioId);
    }

    public boolean setCostSettings(CostSettings settings) {
        return edits.setCostSettings(settings);
    }

    public boolean setGlossary(Map<String, String> glossary) {
        return edits.setGlossary(glossary);
    }

    public boolean setBudget(String divisionId, Money budget) {
        return edits.setBudget(divisionId, budget);
    }

    public boolean setImplementationDate(String scenarioId, LocalDate date) {
        return edits.setImplementationDate(scenarioId, date);
    }

    /// Adds what an import made from `before` to the model as it is now; an imported proposal becomes the compared one.
    public Optional<ImportCommand> importFrom(String name, Model before, Model after) {
        Optional<ImportCommand> done = edits.importFrom(name, before, after);
        done.flatMap(c -> c.scenarios().stream().filter(Scenario::isProposal).findFirst())
                .ifPresent(s -> workspace.proposalIdProperty().set(s.id()));
        return done;
    }

    private Optional<String> compared(Optional<String> id) {
        id.ifPresent(workspace.proposalIdProperty()::set);
        return id;
    }
}
