package org.reshape.io.organogram;

import org.reshape.domain.Grade;
import org.reshape.domain.Money;
import org.reshape.domain.PayTable;
import org.reshape.io.imports.Ids;

/// How organogram grades are named, so that an export writes back the grade
/// the file had ("SCS1", pay 70000–74999) rather than the model's longer name.
///
/// - a disclosed band: id `ogm-<org>-<grade>-<floor>-<ceiling>`, name "SCS1 £70,000–£74,999";
/// - a grade whose pay was not disclosed: id `ogm-<org>-<grade>-nd`, name "SCS1 (pay not disclosed)",
///   with an assumed range.
final class OrganogramGrades {
    static final String PREFIX = "ogm-";
    static final String UNDISCLOSED_SUFFIX = " (pay not disclosed)";

    private OrganogramGrades() {
    }

    static String id(String org, String label, Money min, Money max) {
        return PREFIX + Ids.slug(org, 40) + "-" + Ids.slug(label, 40) + "-" + amount(min) + "-" + amount(max);
    }

    static String undisclosedId(String org, String label) {
        return PREFIX + Ids.slug(org, 40) + "-" + Ids.slug(label, 40) + "-nd";
    }

    static String name(String label, Money min, Money max) {
        return label + " " + range(min, max);
    }

    static String undisclosedName(String label) {
        return label + UNDISCLOSED_SUFFIX;
    }

    static String range(Money min, Money max) {
        return min.formatPounds() + "–" + max.formatPounds();
    }

    /// Whether the grade stands for pay an organogram did not disclose (exported as 0).
    static boolean isUndisclosed(Grade g) {
        return g.id().startsWith(PREFIX) && g.id().endsWith("-nd") && g.name().endsWith(UNDISCLOSED_SUFFIX);
    }

    /// The grade as an organogram writes it: "SCS1" for the grades an import made, the name otherwise.
    static String label(Grade g, PayTable.Range range) {
        String name = g.name();
        if (isUndisclosed(g)) {
            return name.substring(0, name.length() - UNDISCLOSED_SUFFIX.length());
        }
        if (range != null && g.id().startsWith(PREFIX)) {
            String suffix = " " + range(range.min(), range.max());
            if (name.endsWith(suffix)) {
                return name.substring(0, name.length() - suffix.length());
            }
        }
        return name;
    }

    /// "70000", or "70000.50" when there are pence: how organograms write amounts.
    static String amount(Money m) {
        return m.pence() % 100 == 0 ? Long.toString(m.pence() / 100) : m.toPlainString();
    }
}
