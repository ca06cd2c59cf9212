package org.reshape.costing;

import org.reshape.domain.CostSettings;
import org.reshape.domain.Model;
import org.reshape.domain.Money;
import org.reshape.domain.SalaryBasis;
import org.reshape.domain.Scenario;

/// How far the difference depends on assumptions: the part carried by bridge
/// lines that rest on assumed grades or values, and the difference costed at
/// the bottom, midpoint and top of every grade.
public record Sensitivity(Money difference, Money assumedPart, Money atBottom, Money atMidpoint, Money atTop) {

    public static Sensitivity of(Model model, Scenario base, Scenario proposal, CostSettings settings) {
        Comparison c = new Costing(model, settings).compare(base, proposal);
        return new Sensitivity(c.difference(), c.assumedPart(),
                at(model, base, proposal, settings, SalaryBasis.BOTTOM),
                at(model, base, proposal, settings, SalaryBasis.MIDPOINT),
                at(model, base, proposal, settings, SalaryBasis.TOP));
    }

    private static Money at(Model model, Scenario base, Scenario proposal, CostSettings settings, SalaryBasis basis) {
        return new Costing(model, settings.withBasis(basis)).compare(base, proposal).difference();
    }
}
