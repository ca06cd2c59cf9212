package org.reshape.report;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.reshape.domain.Model;
import org.reshape.domain.Post;

/// Small pieces of council-report English shared by the schedule and the tables.
final class Words {
    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private Words() {
    }

    /// "A", "A and B", "A, B and C".
    static String and(List<String> items) {
        return switch (items.size()) {
            case 0 -> "";
            case 1 -> items.getFirst();
            default -> String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.getLast();
        };
    }

    static String date(LocalDate d) {
        return DAY.format(d);
    }

    /// "the Social Care & Early Help Division", "the Directorate": a unit's name
    /// with "Division" added unless the name already says what kind of unit it is.
    static String division(Model model, String divisionId) {
        String name = model.divisionName(divisionId);
        return "the " + name + (name.matches("(?i).*\\b(division|directorate|department|service|services|team|unit)$") ? "" : " Division");
    }

    /// "1 FTE", "4.5 FTE".
    static String fte(BigDecimal fte) {
        return fte.stripTrailingZeros().toPlainString() + " FTE";
    }

    /// "30 FTE, 32 people" for a team block.
    static String team(Post p) {
        return fte(p.fte()) + ", " + p.headcount() + (p.headcount() == 1 ? " person" : " people");
    }

    static String capitalise(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    /// "Current structure" → "current structure", for the middle of a sentence;
    /// a name that starts with an abbreviation ("CYP structure") is left alone.
    static String lowerFirst(String name) {
        return name.length() > 1 && Character.isUpperCase(name.charAt(0)) && Character.isLowerCase(name.charAt(1))
                ? Character.toLowerCase(name.charAt(0)) + name.substring(1) : name;
    }
}
