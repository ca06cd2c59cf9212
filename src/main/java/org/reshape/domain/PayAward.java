package org.reshape.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/// A pay award on a scale family from a date: `percent` on every amount, or,
/// the NJC way, a `flat` sum on points up to `flatToPoint` and `percent` above.
/// Applied to the version in force the day before, it derives the next version
/// of the scale. A published award cites its source; an assumed one (a
/// medium-term financial strategy's "3% from 1 April 2025") says so in its
/// provenance, and every cost resting on it is marked assumed.
///
/// Derived amounts are rounded half-up to the whole pound, as published pay
/// tables are.
///
/// @param percent     a fraction: 0.032 is 3.2%
/// @param flat        a sum added to points up to `flatToPoint`, or null
/// @param flatToPoint the highest point the flat sum applies to (0 when there is no flat sum)
public record PayAward(String family, LocalDate effectiveFrom, BigDecimal percent, Money flat, int flatToPoint,
                       Provenance provenance) {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    public PayAward {
        Checks.require(family, "pay award scale");
        if (effectiveFrom == null) {
            throw new IllegalArgumentException("the " + family + " pay award has no date");
        }
        // 0.025 and 0.025000 (as a database column gives it back) are one award
        percent = percent == null ? BigDecimal.ZERO : percent.stripTrailingZeros();
        if (percent.compareTo(BigDecimal.valueOf(-1)) <= 0 || percent.compareTo(BigDecimal.ONE) > 0) {
            throw new IllegalArgumentException("the " + family + " pay award from " + DAY.format(effectiveFrom)
                    + " must be between -100% and 100%, not " + percent.movePointRight(2).stripTrailingZeros().toPlainString() + "%");
        }
        if (flat != null && flat.signum() < 0) {
            throw new IllegalArgumentException("the " + family + " pay award's flat sum must not be negative");
        }
        provenance = provenance == null ? Provenance.NONE : provenance;
    }

    /// A percentage on every point and band.
    public static PayAward percent(String family, LocalDate from, String percent, Provenance p) {
        return new PayAward(family, from, new BigDecimal(percent), null, 0, p);
    }

    public boolean isAssumed() {
        return provenance.anyAssumed();
    }

    /// "Chief Officer +3% from 1 April 2025", "NJC +£1,290 on points to 43, +2.5% above, from 1 April 2024".
    public String label() {
        String pct = "+" + percent.movePointRight(2).stripTrailingZeros().toPlainString() + "%";
        String what = flat == null || flat.isZero() ? pct
                : "+" + flat.formatPounds() + " on points to " + flatToPoint + ", " + pct + " above,";
        return family + " " + what + " from " + DAY.format(effectiveFrom);
    }

    /// The version this award makes from the one in force before it.
    public PayScale apply(PayScale before) {
        Map<Integer, Money> points = new LinkedHashMap<>();
        before.points().forEach((pt, amount) -> points.put(pt, flat != null && !flat.isZero() && pt <= flatToPoint
                ? amount.plus(flat) : raise(amount)));
        Map<String, PayScale.Band> bands = new HashMap<>();
        before.bands().forEach((code, b) -> bands.put(code, new PayScale.Band(raise(b.min()), raise(b.max()))));
        String id = family.toLowerCase(Locale.ROOT).replace(' ', '-') + "-" + effectiveFrom + "-derived";
        String derived = "derived from " + before.label() + " by the award, rounded to the pound";
        Provenance p = isAssumed()
                ? new Provenance(derived, label() + " assumed" + (provenance.assumption().isBlank() ? "" : ": " + provenance.assumption()), null)
                : new Provenance(label() + (provenance.source().isEmpty() ? "" : " (" + provenance.source() + ")") + "; " + derived, "", null);
        return new PayScale(id, family, effectiveFrom, points, bands, p);
    }

    private Money raise(Money amount) {
        BigDecimal pounds = amount.toBigDecimal().multiply(BigDecimal.ONE.add(percent)).setScale(0, RoundingMode.HALF_UP);
        return Money.of(pounds);
    }
}
