package org.reshape.domain;

import java.math.BigDecimal;

/// Employer National Insurance for one financial year: `rate` on pay above
/// `threshold` a year, per person.
public record NiRule(BigDecimal rate, Money threshold) {
    public NiRule {
        if (rate == null || rate.signum() < 0 || rate.compareTo(BigDecimal.ONE) > 0) {
            throw new IllegalArgumentException("NI rate must be between 0% and 100%");
        }
        if (threshold == null || threshold.signum() < 0) {
            throw new IllegalArgumentException("NI threshold must not be negative");
        }
    }
}
