package org.reshape.report;

import org.reshape.domain.Money;

/// How pay is printed. The full version prints exact amounts; the public
/// version prints any figure about one post in £5,000 bands ("£100,000 –
/// £104,999"), as councils publish senior salaries, and keeps totals exact
/// (see `docs/decisions/report-appendix.md`).
public record PayText(boolean banded) {
    static final long BAND_POUNDS = 5_000;

    /// One amount: "£101,596", or its band "£100,000 – £104,999".
    public String amount(Money m) {
        if (!banded) {
            return m.formatPounds();
        }
        long low = bandFloor(m);
        return Money.ofPounds(low).formatPounds() + " – " + Money.ofPounds(low + BAND_POUNDS - 1).formatPounds();
    }

    /// A grade's range: "£93,102 – £101,596", or from the band of its minimum to
    /// the band of its maximum, "£90,000 – £104,999".
    public String range(Money min, Money max) {
        if (!banded) {
            return min.formatPounds() + " – " + max.formatPounds();
        }
        long lo = bandFloor(min);
        long hi = bandFloor(max) + BAND_POUNDS - 1;
        return Money.ofPounds(lo).formatPounds() + " – " + Money.ofPounds(hi).formatPounds();
    }

    /// The bottom of the £5,000 band an amount falls in, in whole pounds: £101,596 → 100,000.
    static long bandFloor(Money m) {
        return Math.floorDiv(Math.floorDiv(m.pence(), 100), BAND_POUNDS) * BAND_POUNDS;
    }
}
