package org.reshape.domain;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/// How a comparison is costed. Stored per model and editable by the finance officer.
///
/// @param niRules      employer NI by financial year; a year not listed uses the latest earlier one
/// @param pensionRate  LGPS employer contribution rate, entered by the user (e.g. 0.211)
/// @param levyRate     Apprenticeship Levy (0.005). The £15,000 allowance is the
///                     employer's, not a directorate's, so it is not deducted here.
/// @param onCosts      false costs salary alone
public record CostSettings(SalaryBasis basis, FinancialYear year, Map<FinancialYear, NiRule> niRules,
                           BigDecimal pensionRate, BigDecimal levyRate, boolean onCosts) {

    public CostSettings {
        if (basis == null || year == null) {
            throw new IllegalArgumentException("a salary basis and a financial year are needed");
        }
        niRules = Collections.unmodifiableSortedMap(new TreeMap<>(niRules == null ? defaultNi() : niRules));
        if (pensionRate == null || pensionRate.signum() < 0 || pensionRate.compareTo(BigDecimal.ONE) > 0) {
            throw new IllegalArgumentException("pension rate must be between 0% and 100%");
        }
        if (levyRate == null || levyRate.signum() < 0 || levyRate.compareTo(BigDecimal.ONE) > 0) {
            throw new IllegalArgumentException("levy rate must be between 0% and 100%");
        }
    }

    /// The defaults in DESIGN.md: NI 13.8% above £9,100 (2023/24, 2024/25), 15%
    /// above £5,000 from 2025/26; levy 0.5%; pension at the 2022 national average 21.1%.
    public static CostSettings defaults(FinancialYear year) {
        return new CostSettings(SalaryBasis.TOP, year, defaultNi(), new BigDecimal("0.211"), new BigDecimal("0.005"), true);
    }

    public static Map<FinancialYear, NiRule> defaultNi() {
        return Map.of(
                new FinancialYear(2023), new NiRule(new BigDecimal("0.138"), Money.ofPounds(9_100)),
                new FinancialYear(2024), new NiRule(new BigDecimal("0.138"), Money.ofPounds(9_100)),
                new FinancialYear(2025), new NiRule(new BigDecimal("0.15"), Money.ofPounds(5_000)));
    }

    /// The NI rule for the costing year: that year's, or the latest before it, or the earliest.
    public NiRule ni() {
        var sorted = (java.util.SortedMap<FinancialYear, NiRule>) niRules;
        var upTo = sorted.headMap(new FinancialYear(year.startYear() + 1));
        if (!upTo.isEmpty()) {
            return upTo.get(upTo.lastKey());
        }
        return sorted.isEmpty() ? new NiRule(BigDecimal.ZERO, Money.ZERO) : sorted.get(sorted.firstKey());
    }

    public CostSettings withBasis(SalaryBasis b) {
        return new CostSettings(b, year, niRules, pensionRate, levyRate, onCosts);
    }

    public CostSettings withYear(FinancialYear y) {
        return new CostSettings(basis, y, niRules, pensionRate, levyRate, onCosts);
    }

    public CostSettings withOnCosts(boolean on) {
        return new CostSettings(basis, year, niRules, pensionRate, levyRate, on);
    }

    public CostSettings withPensionRate(BigDecimal r) {
        return new CostSettings(basis, year, niRules, r, levyRate, onCosts);
    }
}
