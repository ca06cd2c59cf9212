package org.reshape.io.establishment;

import java.util.List;
import java.util.Locale;

/// The fields of a post that an establishment list can supply, each with the
/// header names HR and finance systems commonly give it, which
/// [ColumnMapping#guess(List)] looks for.
public enum EstablishmentField {
    POST_NUMBER("Post number", true, "post number", "post no", "post num", "post id", "post ref", "post reference",
            "post unique reference", "position number", "position no", "position id", "establishment number",
            "establishment id", "post code", "post", "key", "post key"),
    TITLE("Title", false, "title", "job title", "post title", "position title", "position", "role", "role title", "job",
            "job name", "generic job title"),
    DIVISION("Division", false, "division", "service", "service area", "directorate", "department", "unit", "team",
            "section", "cost centre name", "business unit", "org unit", "organisation unit"),
    REPORTS_TO("Reports to", false, "reports to", "reports to post", "reports to post number", "reports to post no",
            "reports to senior post", "reporting senior post", "line manager post", "line manager post number",
            "manager post", "manager post number", "manager post no", "parent post", "parent post number", "supervisor post",
            "manager key", "reports to key"),
    GRADE("Grade", false, "grade", "pay grade", "grade code", "band", "pay band", "salary grade", "grade or equivalent"),
    FTE("FTE", false, "fte", "post fte", "budgeted fte", "establishment fte", "number of posts in fte", "fte hours", "wte"),
    HEADCOUNT("Headcount", false, "headcount", "head count", "number of posts", "posts", "people", "no of posts"),
    HOLDER("Holder", false, "holder", "post holder", "postholder", "name", "employee", "employee name", "incumbent",
            "occupant", "staff name", "full name"),
    OCCUPANCY("Occupancy", false, "occupancy", "status", "post status", "occupancy status", "vacancy status", "filled",
            "contract type", "employment type"),
    FIXED_TERM_END("Fixed-term end", false, "fixed term end", "fixed term end date", "end date", "contract end",
            "contract end date", "temporary until", "post end date"),
    RESPONSIBILITIES("Responsibilities", false, "responsibilities", "portfolio", "job team function", "function",
            "remit", "description", "role description"),
    ACTUAL_POINT("Actual point", false, "actual point", "spinal point", "scp", "spine point", "pay point", "point",
            "salary point"),
    PAY_MIN("Pay min", false, "pay min", "min pay", "minimum pay", "pay minimum", "grade minimum", "salary min",
            "salary minimum", "min salary", "minimum", "payscale minimum", "actual pay floor", "pay floor", "band minimum"),
    PAY_MAX("Pay max", false, "pay max", "max pay", "maximum pay", "pay maximum", "grade maximum", "salary max",
            "salary maximum", "max salary", "maximum", "payscale maximum", "actual pay ceiling", "pay ceiling", "band maximum"),
    REPLACES("Replaces", false, "replaces", "replaces posts", "replaced posts"),
    MAPPED_FROM("Mapped from", false, "mapped from", "slotted from", "ring fenced from", "mapped from posts"),
    // acting-up (issue 11): the substantive post of the person acting up, and whether it is covered meanwhile
    ACTING_FOR("Acting for", false, "acting for", "acting for post", "acting up from", "substantive post of acting holder"),
    BACKFILLED("Backfilled", false, "backfilled", "backfill", "substantive post backfilled"),
    NOTES("Notes", false, "notes", "note", "comments", "comment", "remarks"),
    // The holder as a person (issue 14). A post number on a second row with another person is a job share.
    EMPLOYEE_NUMBER("Employee number", false, "employee number", "employee no", "employee id", "staff number", "staff no",
            "staff id", "payroll number", "payroll no", "assignment number", "person number", "emp no"),
    CONTRACT("Contract", false, "contract", "contract basis", "contract kind", "employee type", "worker type"),
    HOLDER_FTE("Holder FTE", false, "holder fte", "employee fte", "person fte", "contracted fte", "actual fte", "assignment fte"),
    SALARY("Salary", false, "salary", "actual salary", "annual salary", "basic salary", "fte salary", "current salary"),
    SERVICE_START("Service start", false, "service start", "continuous service date", "continuous service start",
            "continuous service", "start date", "service date", "cont service date"),
    DATE_OF_BIRTH("Date of birth", false, "date of birth", "dob", "birth date", "birthdate"),
    NOTICE_WEEKS("Notice weeks", false, "notice weeks", "notice", "notice period", "notice period weeks", "contractual notice"),
    SEX("Sex", false, "sex", "gender", "legal sex"),
    ETHNICITY("Ethnicity", false, "ethnicity", "ethnic group", "ethnic origin"),
    DISABILITY("Disability", false, "disability", "disabled", "disability status");

    /// Whether the field describes the holder as a person rather than the post.
    public boolean isPerson() {
        return ordinal() >= EMPLOYEE_NUMBER.ordinal();
    }

    private final String label;
    private final boolean required;
    private final List<String> synonyms;

    EstablishmentField(String label, boolean required, String... synonyms) {
        this.label = label;
        this.required = required;
        this.synonyms = List.of(synonyms);
    }

    /// How the field is named to a user, and the header an export writes.
    public String label() {
        return label;
    }

    /// Whether an import needs a column for it (only the post number: it is the post's key).
    public boolean required() {
        return required;
    }

    /// Header names that mean this field, normalised as [org.reshape.io.imports.Headers#normalise(String)] does.
    public List<String> synonyms() {
        return synonyms;
    }

    /// `post_number`: the field's name in a saved mapping.
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /// The field with this [#key()] or name, ignoring case.
    public static EstablishmentField fromKey(String key) {
        for (EstablishmentField f : values()) {
            if (f.key().equalsIgnoreCase(key.strip()) || f.name().equalsIgnoreCase(key.strip())) {
                return f;
            }
        }
        throw new IllegalArgumentException("'" + key + "' is not a field of a post; the fields are "
                + String.join(", ", java.util.Arrays.stream(values()).map(EstablishmentField::key).toList()));
    }
}
