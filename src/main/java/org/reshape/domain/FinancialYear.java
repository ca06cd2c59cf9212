package org.reshape.domain;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/// A UK public-sector financial year, 1 April to 31 March, written "2024/25".
public record FinancialYear(int startYear) implements Comparable<FinancialYear> {

    private static final Pattern FORM = Pattern.compile("(\\d{4})\\s*[/-]\\s*(\\d{2}|\\d{4})");

    public static FinancialYear parse(String text) {
        Matcher m = FORM.matcher(text == null ? "" : text.strip());
        if (!m.matches()) {
            throw new IllegalArgumentException("'" + text + "' is not a financial year; write it like 2024/25");
        }
        int start = Integer.parseInt(m.group(1));
        int end = Integer.parseInt(m.group(2));
        int expected = m.group(2).length() == 2 ? (start + 1) % 100 : start + 1;
        if (end != expected) {
            throw new IllegalArgumentException("'" + text + "' is not a financial year: " + start + " is followed by "
                    + String.format("%02d", (start + 1) % 100));
        }
        return new FinancialYear(start);
    }

    public static FinancialYear containing(LocalDate date) {
        return new FinancialYear(date.getMonthValue() >= 4 ? date.getYear() : date.getYear() - 1);
    }

    public LocalDate start() {
        return LocalDate.of(startYear, 4, 1);
    }

    public LocalDate end() {
        return LocalDate.of(startYear + 1, 3, 31);
    }

    public int days() {
        return (int) (end().toEpochDay() - start().toEpochDay() + 1);
    }

    @Override
    public int compareTo(FinancialYear o) {
        return Integer.compare(startYear, o.startYear);
    }

    @Override
    public String toString() {
        return startYear + "/" + String.format("%02d", (startYear + 1) % 100);
    }
}
