package org.reshape.domain;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;

/// The equality fields a person may carry, with the values each allows, and
/// the age bands derived from a date of birth. Any other value is refused
/// (by [WorkforceValidator]), so counts group cleanly. "Not recorded" is the
/// empty string.
public enum Equality {
    SEX("sex", List.of("Female", "Male", "Prefer not to say")),
    ETHNICITY("ethnicity", List.of("Asian or Asian British", "Black, Black British, Caribbean or African",
            "Mixed or multiple ethnic groups", "White", "Other ethnic group", "Prefer not to say")),
    DISABILITY("disability", List.of("Disabled", "Not disabled", "Prefer not to say")),
    AGE_BAND("age band", List.of("Under 25", "25–34", "35–44", "45–54", "55–64", "65 and over"));

    public static final String NOT_RECORDED = "Not recorded";

    private final String label;
    private final List<String> allowed;

    Equality(String label, List<String> allowed) {
        this.label = label;
        this.allowed = allowed;
    }

    public String label() {
        return label;
    }

    /// The values a person may have for this field (for the age band, the bands).
    public List<String> allowed() {
        return allowed;
    }

    /// The allowed value equal to `text` ignoring case and spaces around it, or null.
    public String canonical(String text) {
        String t = text == null ? "" : text.strip();
        return allowed.stream().filter(a -> a.equalsIgnoreCase(t)).findFirst().orElse(null);
    }

    /// The person's value for this field, or [#NOT_RECORDED].
    public String of(Person p, LocalDate asOf) {
        String v = switch (this) {
            case SEX -> p.sex();
            case ETHNICITY -> p.ethnicity();
            case DISABILITY -> p.disability();
            case AGE_BAND -> ageBand(p.dateOfBirth(), asOf);
        };
        return v.isEmpty() ? NOT_RECORDED : v;
    }

    /// The band of someone born on `dob` on `asOf`, or "" without a date of birth.
    public static String ageBand(LocalDate dob, LocalDate asOf) {
        if (dob == null) {
            return "";
        }
        int age = Period.between(dob, asOf).getYears();
        List<String> bands = AGE_BAND.allowed;
        if (age < 25) {
            return bands.get(0);
        }
        return age >= 65 ? bands.get(5) : bands.get(1 + (age - 25) / 10);
    }
}
