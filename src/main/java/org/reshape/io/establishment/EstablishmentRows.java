package org.reshape.io.establishment;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.reshape.domain.ModelValidator;
import org.reshape.domain.Money;
import org.reshape.domain.Occupancy;
import org.reshape.domain.Post;
import org.reshape.domain.Provenance;
import org.reshape.io.csv.CsvRecord;
import org.reshape.io.imports.Cells;
import org.reshape.io.imports.DivisionNames;
import org.reshape.io.imports.PostKeys;
import org.reshape.io.imports.ProblemLog;
import org.reshape.io.imports.Progress;
import org.reshape.io.imports.ReportingLines.Candidate;
import org.reshape.io.imports.Table;

/// Reads the rows of an establishment list through a [ColumnMapping] into posts.
/// A row with an error in one of its own values is left out whole (and said so,
/// at its line and column); reporting lines are settled afterwards by
/// [org.reshape.io.imports.ReportingLines].
final class EstablishmentRows {
    private static final int MAX_TEXT = 1000;

    /// The posts read, and the post numbers of rows left out, with their line.
    record Parsed(List<Candidate> candidates, Map<String, Long> dropped, PeopleColumns people) {
    }

    private final Table table;
    private final Map<EstablishmentField, Integer> index = new EnumMap<>(EstablishmentField.class);
    private final Map<EstablishmentField, String> header = new EnumMap<>(EstablishmentField.class);

    private EstablishmentRows(Table table) {
        this.table = table;
    }

    /// The rows as posts, or null (reported) when a mapped column is not in the file.
    static Parsed read(Table t, ColumnMapping mapping, GradeLookup grades, DivisionNames divisions, ProblemLog log, Progress progress) {
        EstablishmentRows rows = new EstablishmentRows(t);
        for (var e : mapping.columns().entrySet()) {
            int i = t.headers().column(e.getValue());
            if (i < 0) {
                log.error(t.file(), t.headerLine(), e.getValue(), "the mapping reads " + e.getKey().label() + " from column '"
                        + e.getValue() + "', which " + t.file() + " does not have; its columns are " + t.headers().describe());
                return null;
            }
            rows.index.put(e.getKey(), i);
            rows.header.put(e.getKey(), t.headers().name(i));
        }
        return rows.parse(grades, divisions, log, progress);
    }

    private Parsed parse(GradeLookup grades, DivisionNames divisions, ProblemLog log, Progress progress) {
        List<Candidate> out = new ArrayList<>(table.rows().size());
        Map<String, Long> dropped = new HashMap<>();
        Map<String, Long> firstLine = new HashMap<>();
        PostKeys keys = new PostKeys();
        String file = table.file();
        String provenance = "establishment list " + file;
        int n = 0;
        boolean personColumns = index.keySet().stream().anyMatch(EstablishmentField::isPerson);
        PeopleColumns people = new PeopleColumns();
        Map<String, BigDecimal> postFte = new HashMap<>();
        for (CsvRecord r : table.rows()) {
            if (++n % 4096 == 0) {
                progress.checkCancelled();
            }
            Row row = new Row(r, log);
            String key = row.text(EstablishmentField.POST_NUMBER);
            if (key.isEmpty()) {
                row.error(EstablishmentField.POST_NUMBER, "no post number");
            } else if (key.length() > PostKeys.MAX_LENGTH) {
                row.error(EstablishmentField.POST_NUMBER, "a post number may be at most " + PostKeys.MAX_LENGTH + " characters");
            } else if (keys.taken(key) && personColumns && postFte.containsKey(key) && row.namesAPerson()) {
                // Another holder of a post already read: a job share. Its post columns repeat the first row's.
                PeopleColumns.Values v = row.person();
                BigDecimal fte = row.holderFte(null);
                if (!row.failed) {
                    people.add(key, r.line(), v, fte);
                }
                continue;
            } else if (keys.taken(key)) {
                row.error(EstablishmentField.POST_NUMBER, "post number " + key + " is used again (first on line " + firstLine.get(key) + ")");
                key = "";
            }
            String title = row.text(EstablishmentField.TITLE);
            if (title.length() > MAX_TEXT) {
                row.error(EstablishmentField.TITLE, "a title may be at most " + MAX_TEXT + " characters");
            }
            String manager = row.text(EstablishmentField.REPORTS_TO);
            manager = Values.isTop(manager) ? "" : manager;
            BigDecimal fte = row.fte();
            int headcount = row.headcount(fte);
            Occupancy occupancy = row.occupancy();
            String holder = row.text(EstablishmentField.HOLDER);
            if (holder.length() > MAX_TEXT) {
                row.error(EstablishmentField.HOLDER, "a name may be at most " + MAX_TEXT + " characters");
            }
            boolean vacant = holder.equalsIgnoreCase("vacant") || holder.equalsIgnoreCase("vacancy");
            PeopleColumns.Values person = personColumns && !vacant && row.namesAPerson() ? row.person() : null;
            BigDecimal holderFte = person == null ? null : row.holderFte(fte);
            if (vacant) {
                holder = "";
                occupancy = row.text(EstablishmentField.OCCUPANCY).isEmpty() ? Occupancy.VACANT : occupancy;
            } else if (Cells.undisclosed(holder)) {
                holder = "";
            }
            LocalDate end = row.date(EstablishmentField.FIXED_TERM_END);
            Integer point = row.integer(EstablishmentField.ACTUAL_POINT);
            String grade = row.grade(grades);
            if (row.failed) {
                if (!key.isEmpty()) {
                    dropped.putIfAbsent(key, r.line());
                }
                continue;
            }
            keys.claim(key);
            firstLine.put(key, r.line());
            postFte.put(key, fte);
            if (person != null) {
                people.add(key, r.line(), person, holderFte);
                holder = ""; // the name lives with the person, once
            }
            Post post = new Post(key, title, divisions.idFor(row.text(EstablishmentField.DIVISION)), manager, grade, fte, headcount,
                    occupancy, holder, end, row.longText(EstablishmentField.RESPONSIBILITIES), point,
                    Values.keys(row.text(EstablishmentField.REPLACES)), Values.keys(row.text(EstablishmentField.MAPPED_FROM)),
                    Provenance.of(provenance), row.longText(EstablishmentField.NOTES));
            String actingFor = row.text(EstablishmentField.ACTING_FOR);
            if (!actingFor.isEmpty()) {
                String b = row.text(EstablishmentField.BACKFILLED).strip().toLowerCase(java.util.Locale.ROOT);
                post = post.withPay(post.pay().withActingFor(actingFor, b.equals("yes") || b.equals("y") || b.equals("true")));
            }
            out.add(new Candidate(post, file, r.line(), header.getOrDefault(EstablishmentField.REPORTS_TO, "Reports to")));
        }
        return new Parsed(out, dropped, people);
    }

    /// One row being read; every error it logs marks it failed.
    private final class Row {
        private final CsvRecord r;
        private final ProblemLog log;
        private boolean failed;

        Row(CsvRecord r, ProblemLog log) {
            this.r = r;
            this.log = log;
        }

        /// Whether the row has a holder's name or employee number (and so a person to read).
        boolean namesAPerson() {
            String name = text(EstablishmentField.HOLDER);
            return !text(EstablishmentField.EMPLOYEE_NUMBER).isEmpty()
                    || !(name.isEmpty() || Cells.undisclosed(name) || name.equalsIgnoreCase("vacant"));
        }

        PeopleColumns.Values person() {
            String name = text(EstablishmentField.HOLDER);
            String c = text(EstablishmentField.CONTRACT);
            org.reshape.domain.Contract contract = c.isEmpty() ? org.reshape.domain.Contract.PERMANENT : PeopleColumns.contract(c);
            if (contract == null) {
                error(EstablishmentField.CONTRACT, "'" + c + "' is not a contract; write " + PeopleColumns.contractWords());
            }
            return new PeopleColumns.Values(text(EstablishmentField.EMPLOYEE_NUMBER), Cells.undisclosed(name) ? "" : name, contract,
                    null, money(EstablishmentField.SALARY), null,
                    date(EstablishmentField.SERVICE_START), date(EstablishmentField.DATE_OF_BIRTH),
                    integer(EstablishmentField.NOTICE_WEEKS), equality(EstablishmentField.SEX, org.reshape.domain.Equality.SEX),
                    equality(EstablishmentField.ETHNICITY, org.reshape.domain.Equality.ETHNICITY),
                    equality(EstablishmentField.DISABILITY, org.reshape.domain.Equality.DISABILITY));
        }

        private String equality(EstablishmentField f, org.reshape.domain.Equality field) {
            String t = text(f);
            String v = PeopleColumns.equality(field, t);
            if (v == null) {
                error(f, "'" + t + "' is not a value of " + field.label() + "; write one of " + String.join("; ", field.allowed())
                        + " or leave it empty");
                return "";
            }
            return v;
        }

        /// The holder's share of the post: the Holder FTE column, or the post's FTE for its first holder.
        BigDecimal holderFte(BigDecimal postFte) {
            String t = text(EstablishmentField.HOLDER_FTE);
            if (t.isEmpty()) {
                if (postFte == null) {
                    error(EstablishmentField.HOLDER_FTE, "a second holder of post " + text(EstablishmentField.POST_NUMBER)
                            + " (a job share) needs their FTE in a Holder FTE column");
                    return BigDecimal.ONE;
                }
                return postFte;
            }
            BigDecimal f = Cells.decimal(t);
            if (f == null || f.signum() <= 0) {
                error(EstablishmentField.HOLDER_FTE, f == null ? "'" + t + "' is not a number of FTE" : "FTE must be more than 0, not " + t);
                return BigDecimal.ONE;
            }
            if (f.stripTrailingZeros().scale() > ModelValidator.FTE_DECIMALS) {
                error(EstablishmentField.HOLDER_FTE, ModelValidator.fteTooPrecise(f));
                return BigDecimal.ONE;
            }
            return f;
        }

        boolean has(EstablishmentField f) {
            return index.containsKey(f);
        }

        String raw(EstablishmentField f) {
            Integer i = index.get(f);
            return i == null ? "" : r.get(i);
        }

        String text(EstablishmentField f) {
            return Cells.text(raw(f));
        }

        String longText(EstablishmentField f) {
            return Cells.longText(raw(f));
        }

        void error(EstablishmentField f, String message) {
            log.error(table.file(), r.line(), header.getOrDefault(f, ""), message + "; the row was left out");
            failed = true;
        }

        BigDecimal fte() {
            String t = text(EstablishmentField.FTE);
            if (t.isEmpty()) {
                return BigDecimal.ONE;
            }
            BigDecimal f = Cells.decimal(t);
            if (f == null || f.signum() <= 0) {
                error(EstablishmentField.FTE, f == null ? "'" + t + "' is not a number of FTE" : "FTE must be more than 0, not " + t);
                return BigDecimal.ONE;
            }
            if (f.stripTrailingZeros().scale() > ModelValidator.FTE_DECIMALS) {
                error(EstablishmentField.FTE, ModelValidator.fteTooPrecise(f));
                return BigDecimal.ONE;
            }
            return f;
        }

        int headcount(BigDecimal fte) {
            String t = text(EstablishmentField.HEADCOUNT);
            if (t.isEmpty()) {
                return Cells.headcountFor(fte);
            }
            BigDecimal h = Cells.decimal(t);
            if (h == null || h.signum() <= 0 || h.stripTrailingZeros().scale() > 0 || h.compareTo(BigDecimal.valueOf(1_000_000)) > 0) {
                error(EstablishmentField.HEADCOUNT, "'" + t + "' is not a headcount (a whole number of people, at least 1)");
                return 1;
            }
            if (fte.compareTo(h) > 0) {
                error(EstablishmentField.FTE, "FTE " + fte.toPlainString() + " is more than the headcount of " + h.toPlainString());
            }
            return h.intValueExact();
        }

        Occupancy occupancy() {
            String t = text(EstablishmentField.OCCUPANCY);
            if (t.isEmpty()) {
                return Occupancy.SUBSTANTIVE;
            }
            Occupancy o = Values.occupancy(t);
            if (o == null) {
                error(EstablishmentField.OCCUPANCY, "'" + t + "' is not an occupancy; write " + Values.occupancyWords());
                return Occupancy.SUBSTANTIVE;
            }
            return o;
        }

        LocalDate date(EstablishmentField f) {
            String t = text(f);
            if (t.isEmpty()) {
                return null;
            }
            LocalDate d = Values.date(t);
            if (d == null) {
                error(f, "'" + t + "' is not a date; write it like 31/03/2026 or 2026-03-31");
            }
            return d;
        }

        Integer integer(EstablishmentField f) {
            String t = text(f);
            if (t.isEmpty()) {
                return null;
            }
            BigDecimal v = Cells.decimal(t);
            if (v == null || v.stripTrailingZeros().scale() > 0 || v.abs().compareTo(BigDecimal.valueOf(10_000)) > 0) {
                error(f, "'" + t + "' is not a whole number");
                return null;
            }
            return v.intValueExact();
        }

        Money money(EstablishmentField f) {
            String t = text(f);
            if (t.isEmpty()) {
                return null;
            }
            Money m = Cells.money(t);
            if (m == null) {
                error(f, "'" + t + "' is not an amount of money");
            } else if (m.signum() <= 0) {
                error(f, "pay must be more than £0, not " + t);
                return null;
            }
            return m;
        }

        String grade(GradeLookup grades) {
            if (!has(EstablishmentField.GRADE)) {
                return "";
            }
            String name = text(EstablishmentField.GRADE);
            if (name.isEmpty()) {
                log.warning(table.file(), r.line(), header.get(EstablishmentField.GRADE), "no grade, so the post is not costed");
                return "";
            }
            String column = header.get(EstablishmentField.GRADE);
            if (failed) {
                return "";
            }
            String id = grades.known(name, r.line(), column, log);
            if (id != null && id.isEmpty()) {
                // Pay is read only for a grade to create: for a known grade the model's range is what counts.
                Money min = money(EstablishmentField.PAY_MIN);
                Money max = money(EstablishmentField.PAY_MAX);
                id = failed ? "" : grades.create(name, r.line(), column, min, max, log);
            }
            failed |= id == null;
            return id == null ? "" : id;
        }
    }
}
