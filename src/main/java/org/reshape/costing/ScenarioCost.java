package org.reshape.costing;

import java.util.List;
import java.util.Map;
import org.reshape.domain.Scenario;

/// The cost of one scenario: every post, totals by division and by pay scale
/// and grade, and the grand total (equal to the sum of either table).
///
/// @param warnings posts that could not be costed, and why
public record ScenarioCost(Scenario scenario, Map<String, PostCost> posts, List<CostLine> byDivision,
                           List<CostLine> byGrade, CostLine total, List<String> warnings) {
    public PostCost post(String key) {
        return posts.get(key);
    }
}
