package org.reshape.io.establishment;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.reshape.domain.Occupancy;

/// Reads the values of an establishment list that are not plain text or numbers:
/// occupancy words as HR systems write them, UK dates, lists of post numbers.
final class Values {
    private static final List<DateTimeFormatter> DATES = List.of(
            DateTimeFormatter.ofPattern("d/M/uuuu"), DateTimeFormatter.ofPattern("d-M-uuuu"),
            DateTimeFormatter.ofPattern("d.M.uuuu"), DateTimeFormatter.ofPattern("d MMM uuuu", Locale.UK),
            DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.UK), DateTimeFormatter.ofPattern("d-MMM-uuuu", Locale.UK),
            DateTimeFormatter.ofPattern("d/M/uu"));

    private static final Map<String, Occupancy> OCCUPANCY = Map.ofEntries(
            Map.entry("substantive", Occupancy.SUBSTANTIVE), Map.entry("permanent", Occupancy.SUBSTANTIVE),
            Map.entry("perm", Occupancy.SUBSTANTIVE), Map.entry("filled", Occupancy.SUBSTANTIVE),
            Map.entry("occupied", Occupancy.SUBSTANTIVE), Map.entry("established", Occupancy.SUBSTANTIVE),
            Map.entry("fixed term", Occupancy.SUBSTANTIVE), Map.entry("temporary", Occupancy.SUBSTANTIVE),
            Map.entry("temp", Occupancy.SUBSTANTIVE), Map.entry("ftc", Occupancy.SUBSTANTIVE),
            Map.entry("interim", Occupancy.INTERIM), Map.entry("agency", Occupancy.INTERIM), Map.entry("locum", Occupancy.INTERIM),
            Map.entry("consultant", Occupancy.INTERIM), Map.entry("contractor", Occupancy.INTERIM),
            Map.entry("acting", Occupancy.ACTING), Map.entry("acting up", Occupancy.ACTING), Map.entry("honorarium", Occupancy.ACTING),
            Map.entry("vacant", Occupancy.VACANT), Map.entry("vacancy", Occupancy.VACANT), Map.entry("unfilled", Occupancy.VACANT),
            Map.entry("secondment", Occupancy.SECONDMENT), Map.entry("seconded", Occupancy.SECONDMENT),
            Map.entry("seconded in", Occupancy.SECONDMENT), Map.entry("seconded out", Occupancy.SECONDMENT));

    private Values() {
    }

    /// The occupancy a word means, or null.
    static Occupancy occupancy(String text) {
        String t = text.toLowerCase(Locale.ROOT).replace('-', ' ').replace('_', ' ').strip();
        return OCCUPANCY.get(t);
    }

    static String occupancyWords() {
        return "substantive, interim, acting, vacant or secondment (or permanent, fixed term, agency, locum, acting up, vacancy, seconded)";
    }

    /// A date written 2025-03-31, 31/03/2025 (day first, as in the UK), 31 Mar 2025 or 31 March 2025; null if none of them.
    static LocalDate date(String text) {
        String t = text.strip();
        if (t.length() >= 10 && t.charAt(4) == '-') {
            try {
                return LocalDate.parse(t.substring(0, 10));
            } catch (DateTimeParseException e) {
                return null;
            }
        }
        for (DateTimeFormatter f : DATES) {
            try {
                LocalDate d = LocalDate.parse(t, f);
                return d.getYear() < 100 ? d.plusYears(2000) : d;
            } catch (DateTimeParseException e) {
                // try the next form
            }
        }
        return null;
    }

    /// Post numbers separated by `;` or `|`.
    static List<String> keys(String text) {
        List<String> out = new ArrayList<>();
        for (String part : text.split("[;|]")) {
            if (!part.isBlank()) {
                out.add(part.strip());
            }
        }
        return out;
    }

    /// Words that mark a top post in a reports-to column.
    static boolean isTop(String manager) {
        String m = manager.toLowerCase(Locale.ROOT);
        return m.isEmpty() || m.equals("xx") || m.equals("n/a") || m.equals("na") || m.equals("-") || m.equals("none")
                || m.equals("top");
    }
}
