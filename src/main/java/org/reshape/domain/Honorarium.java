package org.reshape.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/// An honorarium paid on a post for extra duties: a fixed sum a year, or a
/// percentage of the post's salary, from a date to a date (either open). It
/// is costed for the days it is paid in the period, with employer NI at the
/// holder's marginal rate (no second threshold), pension and levy.
///
/// @param amount  a sum a year, or null when it is a percentage
/// @param percent a fraction of the post's salary (0.1 is 10%), or null when it is a sum
/// @param from    the first day paid, or null for "already paid"
/// @param to      the last day paid, or null for no end date
public record Honorarium(Money amount, BigDecimal percent, LocalDate from, LocalDate to) {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    public Honorarium {
        if ((amount == null) == (percent == null)) {
            throw new IllegalArgumentException("an honorarium is either a sum a year or a percentage of salary, not "
                    + (amount == null ? "neither" : "both"));
        }
        if (amount != null && amount.signum() <= 0) {
            throw new IllegalArgumentException("an honorarium of " + amount.format() + " a year is refused: it must be more than £0");
        }
        if (percent != null && (percent.signum() <= 0 || percent.compareTo(BigDecimal.ONE) > 0)) {
            throw new IllegalArgumentException("an honorarium of " + percent.movePointRight(2).stripTrailingZeros().toPlainString()
                    + "% of salary is refused: it must be more than 0% and at most 100%");
        }
        percent = percent == null ? null : percent.stripTrailingZeros();
        if (from != null && to != null && to.isBefore(from)) {
            throw new IllegalArgumentException("an honorarium cannot end (" + DAY.format(to) + ") before it starts (" + DAY.format(from) + ")");
        }
    }

    public static Honorarium sum(Money amount, LocalDate from, LocalDate to) {
        return new Honorarium(amount, null, from, to);
    }

    public static Honorarium percentOfSalary(BigDecimal percent, LocalDate from, LocalDate to) {
        return new Honorarium(null, percent, from, to);
    }

    /// Time-limited: it has an end date, so it is a temporary cost.
    public boolean temporary() {
        return to != null;
    }

    /// "honorarium £3,000 a year from 1 April 2024 to 30 September 2024", "honorarium 10% of salary".
    public String label() {
        String what = amount != null ? amount.formatPounds() + " a year"
                : percent.movePointRight(2).stripTrailingZeros().toPlainString() + "% of salary";
        return "honorarium " + what + (from == null ? "" : " from " + DAY.format(from)) + (to == null ? "" : " to " + DAY.format(to));
    }
}
