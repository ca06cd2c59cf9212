package org.reshape.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/// One workspace: an organisation's directorate, its pay scales and grades,
/// its divisions, its scenarios (a baseline and proposals) and how it is costed.
///
/// @param glossary abbreviations the appendices explain (SEND → Special Educational Needs and Disabilities)
public record Model(String id, String name, String organisation, String directorate, List<Division> divisions,
                    List<PayScale> payScales, List<Grade> grades, List<Scenario> scenarios, CostSettings costSettings,
                    Map<String, String> glossary, Workforce workforce) {

    /// A model with no people yet.
    public Model(String id, String name, String organisation, String directorate, List<Division> divisions,
                 List<PayScale> payScales, List<Grade> grades, List<Scenario> scenarios, CostSettings costSettings,
                 Map<String, String> glossary) {
        this(id, name, organisation, directorate, divisions, payScales, grades, scenarios, costSettings, glossary, Workforce.EMPTY);
    }

    public Model {
        Checks.require(id, "model id");
        Checks.require(name, "model name");
        organisation = Checks.orEmpty(organisation);
        directorate = Checks.orEmpty(directorate);
        divisions = List.copyOf(divisions);
        payScales = List.copyOf(payScales);
        grades = List.copyOf(grades);
        scenarios = List.copyOf(scenarios);
        glossary = java.util.Collections.unmodifiableSortedMap(new TreeMap<>(glossary == null ? Map.of() : glossary));
        workforce = workforce == null ? Workforce.EMPTY : workforce;
    }

    public Optional<Division> division(String divisionId) {
        return divisions.stream().filter(d -> d.id().equals(divisionId)).findFirst();
    }

    public Optional<Grade> grade(String gradeId) {
        return grades.stream().filter(g -> g.id().equals(gradeId)).findFirst();
    }

    public Optional<Scenario> scenario(String idOrName) {
        return scenarios.stream().filter(s -> s.id().equals(idOrName)).findFirst()
                .or(() -> scenarios.stream().filter(s -> s.name().equalsIgnoreCase(idOrName.strip())).findFirst());
    }

    /// The scenario a proposal was derived from, if it is in the model.
    public Optional<Scenario> baseOf(Scenario proposal) {
        return proposal.isProposal() ? scenario(proposal.baseId()) : Optional.empty();
    }

    public Scenario baseline() {
        return scenarios.stream().filter(s -> !s.isProposal()).findFirst()
                .orElseThrow(() -> new IllegalStateException("model " + name + " has no baseline scenario"));
    }

    public String divisionName(String divisionId) {
        return division(divisionId).map(Division::name).orElse(divisionId.isEmpty() ? "(no division)" : divisionId);
    }

    public String gradeName(String gradeId) {
        return grade(gradeId).map(Grade::name).orElse(gradeId.isEmpty() ? "(no grade)" : gradeId);
    }

    /// A copy with `s` in place of the scenario with the same id (or added).
    public Model withScenario(Scenario s) {
        List<Scenario> list = new ArrayList<>(scenarios);
        int i = indexOf(s.id());
        if (i >= 0) {
            list.set(i, s);
        } else {
            list.add(s);
        }
        return new Model(id, name, organisation, directorate, divisions, payScales, grades, list, costSettings, glossary, workforce);
    }

    public Model withoutScenario(String scenarioId) {
        List<Scenario> list = new ArrayList<>(scenarios);
        list.removeIf(s -> s.id().equals(scenarioId));
        return new Model(id, name, organisation, directorate, divisions, payScales, grades, list, costSettings, glossary, workforce);
    }

    public Model withCostSettings(CostSettings settings) {
        return new Model(id, name, organisation, directorate, divisions, payScales, grades, scenarios, settings, glossary, workforce);
    }

    public Model withDivisions(List<Division> list) {
        return new Model(id, name, organisation, directorate, list, payScales, grades, scenarios, costSettings, glossary, workforce);
    }

    public Model withPayScalesAndGrades(List<PayScale> scales, List<Grade> gradeList) {
        return new Model(id, name, organisation, directorate, divisions, scales, gradeList, scenarios, costSettings, glossary, workforce);
    }

    public Model withGlossary(Map<String, String> g) {
        return new Model(id, name, organisation, directorate, divisions, payScales, grades, scenarios, costSettings, g, workforce);
    }

    public Model withWorkforce(Workforce w) {
        return new Model(id, name, organisation, directorate, divisions, payScales, grades, scenarios, costSettings, glossary, w);
    }

    private int indexOf(String scenarioId) {
        for (int i = 0; i < scenarios.size(); i++) {
            if (scenarios.get(i).id().equals(scenarioId)) {
                return i;
            }
        }
        return -1;
    }
}
