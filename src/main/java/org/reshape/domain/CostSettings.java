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
/// @param awards       pay awards, published and assumed, that derive the versions of pay scales the model does not hold
public record CostSettings(SalaryBasis basis, FinancialYear year, Map<FinancialYear, NiRule> niRules,
                           BigDecimal pensionRate, BigDecimal levyRate, boolean onCosts, java.util.List<PayAward> awards) {

    public CostSettings(SalaryBasis basis, FinancialYear year, Map<FinancialYear, NiRule> niRules, BigDecimal pensionRate,
                        BigDecimal levyRate, boolean onCosts) {
        this(basis, year, niRules, pensionRate, levyRate, onCosts, java.util.List.of());
    }

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
        awards = awards == null ? java.util.List.of() : java.util.List.copyOf(awards);
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
        return new CostSettings(b, year, niRules, pensionRate, levyRate, onCosts, awards);
    }

    public CostSettings withYear(FinancialYear y) {
        return new CostSettings(basis, y, niRules, pensionRate, levyRate, onCosts, awards);
    }

    public CostSettings withOnCosts(boolean on) {
        return new CostSettings(basis, year, niRules, pensionRate, levyRate, on, awards);
    }

    public CostSettings withAwards(java.util.List<PayAward> list) {
        return new CostSettings(basis, year, niRules, pensionRate, levyRate, onCosts, list);
    }

    public CostSettings withNiRules(Map<FinancialYear, NiRule> rules) {
        return new CostSettings(basis, year, rules, pensionRate, levyRate, onCosts, awards);
    }

    /// The NI rule stored for a year, if the model has one for exactly that year.
    public java.util.Optional<NiRule> storedNi(FinancialYear y) {
        return java.util.Optional.ofNullable(niRules.get(y));
    }

    /// The NI rule that costs a year: its own, or the latest before it, or the earliest.
    public NiRule niFor(FinancialYear y) {
        return withYear(y).ni();
    }

    public CostSettings withPensionRate(BigDecimal r) {
        return new CostSettings(basis, year, niRules, r, levyRate, onCosts, awards);
    }

    public CostSettings withLevyRate(BigDecimal r) {
        return new CostSettings(basis, year, niRules, pensionRate, r, onCosts, awards);
    }
}
