package org.reshape.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;

/// An exact amount of money in pence. Never a `double`: every table in Reshape
/// must reconcile to the penny, so sums are sums of these.
public record Money(long pence) implements Comparable<Money> {

    public static final Money ZERO = new Money(0);

    public static Money ofPounds(long pounds) {
        return new Money(Math.multiplyExact(pounds, 100L));
    }

    /// Rounds half-up to the penny.
    public static Money of(BigDecimal pounds) {
        return new Money(pounds.setScale(2, RoundingMode.HALF_UP).movePointRight(2).longValueExact());
    }

    /// Parses "11040", "11040.5", "11,040.00", "£11,040.00" or "-£9,000".
    public static Money parse(String text) {
        String t = text.strip().replace(",", "").replace("£", "");
        try {
            return of(new BigDecimal(t));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + text + "' is not an amount of money", e);
        }
    }

    public BigDecimal toBigDecimal() {
        return BigDecimal.valueOf(pence, 2);
    }

    public Money plus(Money other) {
        return new Money(Math.addExact(pence, other.pence));
    }

    public Money minus(Money other) {
        return new Money(Math.subtractExact(pence, other.pence));
    }

    public Money negate() {
        return new Money(-pence);
    }

    public boolean isZero() {
        return pence == 0;
    }

    public int signum() {
        return Long.signum(pence);
    }

    /// "11040.00" — the form used in JSON and CSV: a decimal string in pounds.
    public String toPlainString() {
        return toBigDecimal().toPlainString();
    }

    /// "£11,040.00", "−£9,000.00" with a minus sign, as a report prints it.
    public String format() {
        long abs = Math.abs(pence);
        long p = abs % 100;
        return (pence < 0 ? "−" : "") + "£" + grouped(abs / 100) + (p < 10 ? ".0" : ".") + p;
    }

    /// Whole pounds, rounded half-up: "£11,040".
    public String formatPounds() {
        long pounds = (Math.abs(pence) + 50) / 100;
        return (pence < 0 && pounds != 0 ? "−" : "") + "£" + grouped(pounds);
    }

    /// Signed with an explicit plus for differences: "+£11,040.00".
    public String formatSigned() {
        return pence > 0 ? "+" + format() : format();
    }

    /// 1234567 → "1,234,567". Written out because formatting runs once per card
    /// of a 100,000-post chart, where a `DecimalFormat` per call costs too much.
    private static String grouped(long whole) {
        String digits = Long.toString(whole);
        StringBuilder b = new StringBuilder(digits.length() + digits.length() / 3);
        int lead = digits.length() % 3 == 0 ? 3 : digits.length() % 3;
        b.append(digits, 0, lead);
        for (int i = lead; i < digits.length(); i += 3) {
            b.append(',').append(digits, i, i + 3);
        }
        return b.toString();
    }

    @Override
    public int compareTo(Money o) {
        return Long.compare(pence, o.pence);
    }

    @Override
    public String toString() {
        return format();
    }
}
