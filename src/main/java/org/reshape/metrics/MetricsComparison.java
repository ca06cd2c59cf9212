package org.reshape.metrics;

import org.reshape.costing.Costing;
import org.reshape.costing.ScenarioCost;
import org.reshape.domain.CostSettings;
import org.reshape.domain.Model;
import org.reshape.domain.Scenario;

/// A base and a proposal measured the same way, for before-and-after views.
public record MetricsComparison(ScenarioMetrics base, ScenarioMetrics proposal) {

    /// Measures both scenarios, costing them with `costSettings` for the management share.
    public static MetricsComparison of(Model model, Scenario base, Scenario proposal, CostSettings costSettings,
                                       MetricsSettings settings) {
        Costing costing = new Costing(model, costSettings);
        return new MetricsComparison(measure(model, base, costing, settings), measure(model, proposal, costing, settings));
    }

    /// Measures the two scenarios of a comparison, reusing its costs.
    public static MetricsComparison of(Model model, org.reshape.costing.Comparison cmp, org.reshape.domain.PayTable pay,
                                       MetricsSettings settings) {
        return new MetricsComparison(Metrics.of(model, cmp.base().scenario(), cmp.base(), pay, settings),
                Metrics.of(model, cmp.proposal().scenario(), cmp.proposal(), pay, settings));
    }

    public static ScenarioMetrics measure(Model model, Scenario s, Costing costing, MetricsSettings settings) {
        ScenarioCost cost = costing.cost(s);
        return Metrics.of(model, s, cost, costing.payTable(), settings);
    }
}
