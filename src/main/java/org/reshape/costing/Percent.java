package org.reshape.costing;

import java.math.BigDecimal;
import org.reshape.domain.CostSettings;
import org.reshape.domain.NiRule;

/// Plain-English descriptions of rates and cost settings, shared by the window, the reports and the command line.
public final class Percent {
    private Percent() {
    }

    /// 0.138 → "13.8%"
    public static String of(BigDecimal rate) {
        return rate.movePointRight(2).stripTrailingZeros().toPlainString() + "%";
    }

    /// "top of grade, 2024/25; on-costs: employer NI 13.8% above £9,100, pension 21.1%, levy 0.5%"
    public static String describe(CostSettings s) {
        String base = s.basis().label() + ", " + s.year();
        if (!s.onCosts()) {
            return base + "; salary only, no on-costs";
        }
        NiRule ni = s.ni();
        return base + "; on-costs: employer NI " + of(ni.rate()) + " above " + ni.threshold().formatPounds()
                + ", pension " + of(s.pensionRate()) + ", levy " + of(s.levyRate());
    }
}
