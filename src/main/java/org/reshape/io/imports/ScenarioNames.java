package org.reshape.io.imports;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.reshape.domain.Model;
import org.reshape.domain.Scenario;

/// Checks the name and the base an import gives its new scenario against the
/// target model, and gives the scenario an id: refuses a name the model already
/// has (unless the options say to replace it) and a base it does not have.
public final class ScenarioNames {
    private final Model model;
    private final ImportOptions options;
    private final Set<String> ids = new HashSet<>();

    /// @param model the target model, or null for a new one
    public ScenarioNames(Model model, ImportOptions options) {
        this.model = model;
        this.options = options;
        if (model != null) {
            model.scenarios().forEach(s -> ids.add(s.id()));
        }
    }

    /// The id for a new scenario called `name`: the replaced scenario's, or a new one; null (reported) if the name is taken.
    public String id(String name, String file, ProblemLog log) {
        Optional<Scenario> same = model == null ? Optional.empty()
                : model.scenarios().stream().filter(s -> s.name().equalsIgnoreCase(name.strip())).findFirst();
        if (same.isPresent()) {
            if (!options.replaceScenario()) {
                log.error(file, 0, "", "model '" + model.name() + "' already has a scenario called '" + same.get().name()
                        + "'; choose another name, or replace it");
                return null;
            }
            return same.get().id();
        }
        return Ids.unique(Ids.slug(name, 60), ids);
    }

    /// The id of the base scenario the options name, "" for none, or null (reported) if the model has no such scenario.
    public String baseId(String file, ProblemLog log) {
        if (options.baseScenario().isEmpty()) {
            return "";
        }
        Optional<Scenario> base = model == null ? Optional.empty() : model.scenario(options.baseScenario());
        if (base.isEmpty()) {
            log.error(file, 0, "", "there is no scenario '" + options.baseScenario() + "' to be the base of the import"
                    + (model == null ? "" : " in model '" + model.name() + "'"));
            return null;
        }
        return base.get().id();
    }
}
