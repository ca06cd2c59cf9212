package org.reshape.io.imports;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.reshape.domain.Division;
import org.reshape.domain.Model;

/// Turns the division names an import meets into divisions of the target model:
/// a name the model has (by id, or by name ignoring case) is that division; a new
/// name becomes a new division with the next colour of the [Palette].
public final class DivisionNames {
    private final List<Division> divisions;
    private final Map<String, String> byName = new HashMap<>();
    private final Set<String> ids = new HashSet<>();
    private final int existing;

    /// @param model the target model, or null for a new one
    public DivisionNames(Model model) {
        divisions = new ArrayList<>(model == null ? List.of() : model.divisions());
        existing = divisions.size();
        for (Division d : divisions) {
            ids.add(d.id());
            byName.putIfAbsent(d.name().toLowerCase(Locale.ROOT), d.id());
        }
        for (Division d : divisions) {
            byName.putIfAbsent(d.id().toLowerCase(Locale.ROOT), d.id());
        }
    }

    /// The id of the division called `name`, made if need be; "" for a blank name.
    public String idFor(String name) {
        if (name.isBlank()) {
            return "";
        }
        String k = name.strip().toLowerCase(Locale.ROOT);
        String id = byName.get(k);
        if (id == null) {
            id = Ids.unique(Ids.slug(name, 60), ids);
            divisions.add(new Division(id, name.strip(), Palette.colour(divisions.size())));
            byName.put(k, id);
        }
        return id;
    }

    /// The model's divisions, then the new ones in the order first met.
    public List<Division> divisions() {
        return List.copyOf(divisions);
    }

    /// How many divisions the import added.
    public int added() {
        return divisions.size() - existing;
    }
}
