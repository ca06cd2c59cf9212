package org.reshape.domain;

/// An organisational unit a post belongs to, with the colour its cards are drawn in.
///
/// @param colour  `#RRGGBB`
/// @param renames the id of a division this one continues under a new name
///                ("Social Care & Safeguarding" becomes "Social Care & Early Help"),
///                or empty. A post that goes from a division to its renamed
///                successor has not moved division.
/// @param budget  the division's staffing budget for the finance view, or null when none is set
public record Division(String id, String name, String colour, String renames, Money budget) {
    public Division {
        Checks.require(id, "division id");
        Checks.require(name, "division name");
        colour = colour == null || colour.isBlank() ? "#9E9E9E" : colour;
        renames = Checks.orEmpty(renames);
    }

    public Division(String id, String name, String colour) {
        this(id, name, colour, "", null);
    }

    public Division(String id, String name, String colour, String renames) {
        this(id, name, colour, renames, null);
    }

    public Division withBudget(Money b) {
        return new Division(id, name, colour, renames, b);
    }

    /// Whether a post in division `a` and then in `b` stayed in the same division, allowing for renames.
    public static boolean sameLineage(Model model, String a, String b) {
        if (a.equals(b)) {
            return true;
        }
        return model.division(b).map(d -> d.renames().equals(a)).orElse(false)
                || model.division(a).map(d -> d.renames().equals(b)).orElse(false);
    }
}
