package org.reshape.edit;

import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/// What one command changed, so that the store writes only those rows and the
/// views redo only what depends on them.
///
/// @param posts     scenario id → keys of the posts put or removed in it
/// @param scenarios scenarios added, removed, renamed, locked or re-dated as a whole
/// @param parts     model-wide values that changed
public record Touched(Map<String, Set<String>> posts, Set<String> scenarios, Set<Part> parts) {

    /// The model-wide values a command may change.
    public enum Part { COST_SETTINGS, DIVISIONS, GLOSSARY, PAY, SCENARIO_LIST, PEOPLE }

    public Touched {
        Map<String, Set<String>> copy = new LinkedHashMap<>();
        posts.forEach((id, keys) -> copy.put(id, Set.copyOf(keys)));
        posts = Map.copyOf(copy);
        scenarios = Set.copyOf(scenarios);
        parts = parts.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(parts));
    }

    public static Touched posts(String scenarioId, Collection<String> keys) {
        return new Touched(Map.of(scenarioId, new LinkedHashSet<>(keys)), Set.of(), Set.of());
    }

    public static Touched scenario(String scenarioId, Part... parts) {
        return new Touched(Map.of(), Set.of(scenarioId), Set.of(parts));
    }

    /// Everything in `model`: for a model opened or replaced whole.
    public static Touched all(org.reshape.domain.Model model) {
        return new Touched(Map.of(), model.scenarios().stream().map(org.reshape.domain.Scenario::id)
                .collect(java.util.stream.Collectors.toSet()), EnumSet.allOf(Part.class));
    }

    public static Touched parts(Part... parts) {
        return new Touched(Map.of(), Set.of(), Set.of(parts));
    }

    /// Whether the command changed anything in this scenario (its posts or the scenario itself).
    public boolean touches(String scenarioId) {
        return scenarios.contains(scenarioId) || posts.containsKey(scenarioId);
    }

    /// Whether the command changed something every scenario's costs or cards depend on.
    public boolean touchesModel() {
        return parts.contains(Part.COST_SETTINGS) || parts.contains(Part.DIVISIONS) || parts.contains(Part.PAY);
    }

    /// The keys of the posts the command changed in a scenario (empty when it changed none).
    public Set<String> keys(String scenarioId) {
        return posts.getOrDefault(scenarioId, Set.of());
    }

    /// Both changes together (for a command made of others).
    public Touched and(Touched other) {
        Map<String, Set<String>> p = new LinkedHashMap<>();
        posts.forEach((id, keys) -> p.put(id, new LinkedHashSet<>(keys)));
        other.posts.forEach((id, keys) -> p.computeIfAbsent(id, x -> new LinkedHashSet<>()).addAll(keys));
        Set<String> s = new LinkedHashSet<>(scenarios);
        s.addAll(other.scenarios);
        Set<Part> parts2 = EnumSet.noneOf(Part.class);
        parts2.addAll(parts);
        parts2.addAll(other.parts);
        return new Touched(p, s, parts2);
    }
}
