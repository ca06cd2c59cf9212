package org.reshape.io.establishment;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.reshape.domain.Contract;
import org.reshape.domain.Equality;
import org.reshape.domain.FamilyLeave;
import org.reshape.domain.Holding;
import org.reshape.domain.Money;
import org.reshape.domain.Person;

/// The people an establishment list names, read from its person columns
/// (employee number, contract, holder FTE, salary, service start, date of
/// birth, notice, sex, ethnicity, disability) beside the holder's name. One
/// employee number on two rows is one person in two posts; a post number on a
/// second row is another holder of the post (a job share).
final class PeopleColumns {
    /// One row's values as the row reader found them; null where a value was wrong (and reported).
    record Values(String employeeNumber, String name, Contract contract, BigDecimal fte, Money salary, Integer point,
                  LocalDate serviceStart, LocalDate dateOfBirth, Integer noticeWeeks, String sex, String ethnicity,
                  String disability) {
    }

    private final Map<String, Person> people = new LinkedHashMap<>();
    private final List<Holding> holdings = new ArrayList<>();

    /// Adds the row's person (or finds them by employee number) holding `fte` of post `key`.
    void add(String key, long line, Values v, BigDecimal fte) {
        String id = v.employeeNumber().isEmpty() ? "row-" + line : v.employeeNumber();
        people.putIfAbsent(id, new Person(id, v.name(), v.employeeNumber(), v.contract(), v.salary(), v.point(),
                v.serviceStart(), v.dateOfBirth(), v.noticeWeeks() == null ? 0 : v.noticeWeeks(), null, FamilyLeave.NONE,
                v.sex(), v.ethnicity(), v.disability()));
        holdings.add(new Holding(id, key, fte));
    }

    List<Person> people() {
        return List.copyOf(people.values());
    }

    List<Holding> holdings() {
        return List.copyOf(holdings);
    }

    boolean isEmpty() {
        return people.isEmpty();
    }

    /// "permanent", "fixed term", "temporary", "agency", "interim", "locum", "contractor" → a contract, or null.
    static Contract contract(String text) {
        String t = text.strip().toLowerCase(Locale.ROOT).replace('-', ' ').replace('_', ' ');
        return switch (t) {
            case "permanent", "perm", "substantive", "established" -> Contract.PERMANENT;
            case "fixed term", "fixed term contract", "ftc", "temporary", "temp", "fixed" -> Contract.FIXED_TERM;
            case "agency", "interim", "agency/interim", "agency / interim", "locum", "contractor", "consultant" -> Contract.AGENCY;
            default -> null;
        };
    }

    static String contractWords() {
        return "permanent, fixed-term (or temporary) or agency (or interim, locum)";
    }

    /// The allowed value `text` names, "" for an empty cell, or null when it is none of them.
    static String equality(Equality field, String text) {
        if (text.isBlank()) {
            return "";
        }
        String c = field.canonical(text);
        if (c == null && field == Equality.SEX) {
            String t = text.strip().toLowerCase(Locale.ROOT);
            c = t.equals("f") || t.equals("woman") ? "Female" : t.equals("m") || t.equals("man") ? "Male" : null;
        }
        if (c == null && field == Equality.DISABILITY) {
            String t = text.strip().toLowerCase(Locale.ROOT);
            c = t.equals("yes") || t.equals("y") ? "Disabled" : t.equals("no") || t.equals("n") ? "Not disabled" : null;
        }
        return c;
    }
}
