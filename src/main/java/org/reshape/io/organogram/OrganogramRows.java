package org.reshape.io.organogram;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.reshape.domain.ModelValidator;
import org.reshape.io.csv.CsvRecord;
import org.reshape.io.imports.Cells;
import org.reshape.io.imports.Headers;
import org.reshape.io.imports.ProblemLog;
import org.reshape.io.imports.Table;

/// Reads the rows of organogram files into [SeniorRow]s and [JuniorRow]s, with
/// the tolerance real files need: columns found by meaning in any order, `N/D`,
/// `Vacant`, `XX` and blank top managers, 0 where pay is not disclosed. A row
/// that cannot be used is reported as an error and left out.
final class OrganogramRows {
    static final String PUR = "Post Unique Reference";
    static final String REPORTS_TO = "Reports to Senior Post";
    static final String REPORTING = "Reporting Senior Post";

    private OrganogramRows() {
    }

    /// The senior rows, or null when the header lacks a column the import cannot do without.
    ///
    /// @param dropped receives the reference and line of every row left out
    static List<SeniorRow> seniors(Table t, ProblemLog log, Map<String, Long> dropped) {
        Headers h = t.headers();
        Column key = Column.find(h, PUR, "Post Reference", "Unique Reference");
        Column grade = Column.find(h, "Grade (or equivalent)", "Grade");
        Column reports = Column.find(h, REPORTS_TO, "Reports To");
        if (!key.present() || !grade.present() || !reports.present()) {
            String missing = !key.present() ? PUR : !grade.present() ? "Grade" : REPORTS_TO;
            log.error(t.file(), t.headerLine(), "", "not an organogram senior file: it has no column '" + missing + "'"
                    + (h.find(REPORTING) >= 0 ? " (it looks like the junior file: give the senior file first)" : "")
                    + "; its columns are " + h.describe());
            return null;
        }
        Column name = optional(t, log, Column.find(h, "Name"), "every post is read as not disclosed");
        Column title = optional(t, log, Column.find(h, "Job Title", "Title"), "posts have no titles");
        Column function = Column.find(h, "Job/Team Function");
        Column org = Column.find(h, "Organisation");
        Column unit = optional(t, log, Column.find(h, "Unit"), "posts have no division");
        Column fte = optional(t, log, Column.find(h, "FTE"), "every post is counted as 1 FTE");
        Column floor = optional(t, log, Column.find(h, "Actual Pay Floor (£)", "Pay Floor"), "pay is read as not disclosed");
        Column ceiling = optional(t, log, Column.find(h, "Actual Pay Ceiling (£)", "Pay Ceiling"), "pay is read as not disclosed");
        Column notes = Column.find(h, "Notes");
        for (CsvRecord r : t.rejected()) {
            keyOf(r, key).ifPresent(k -> dropped.putIfAbsent(k, r.line()));
        }
        List<SeniorRow> rows = new ArrayList<>(t.rows().size());
        for (CsvRecord r : t.rows()) {
            String k = Cells.text(r.get(key.index()));
            if (k.isEmpty()) {
                log.error(t.file(), r.line(), key.header(), "no Post Unique Reference; the row was left out");
                continue;
            }
            Fte f = fte.present() ? fte(t, log, r, fte, true) : new Fte(BigDecimal.ONE, false);
            if (f == null) {
                dropped.putIfAbsent(k, r.line());
                continue;
            }
            String n = Cells.text(r.get(name.index()));
            boolean vacant = isVacant(n);
            String holder = vacant || Cells.undisclosed(n) ? "" : n;
            Pay pay = Pay.read(r.get(floor.index()), r.get(ceiling.index()), floor.header(), ceiling.header());
            String manager = Cells.text(r.get(reports.index()));
            rows.add(new SeniorRow(r.line(), k, holder, vacant, Cells.text(r.get(grade.index())), Cells.text(r.get(title.index())),
                    Cells.longText(r.get(function.index())), Cells.text(r.get(org.index())), Cells.text(r.get(unit.index())),
                    isTop(manager) ? "" : manager, f.value(), f.assumed(), pay, Cells.longText(r.get(notes.index()))));
        }
        return rows;
    }

    /// The junior rows, or null when the header lacks a column the import cannot do without.
    static List<JuniorRow> juniors(Table t, ProblemLog log) {
        Headers h = t.headers();
        Column parent = Column.find(h, REPORTING, "Reports to Senior Post");
        Column grade = Column.find(h, "Grade", "Grade (or equivalent)");
        Column fte = Column.find(h, "Number of Posts in FTE", "FTE");
        if (!parent.present() || !grade.present() || !fte.present()) {
            String missing = !parent.present() ? REPORTING : !grade.present() ? "Grade" : "Number of Posts in FTE";
            log.error(t.file(), t.headerLine(), "", "not an organogram junior file: it has no column '" + missing + "'"
                    + (h.find(PUR) >= 0 ? " (it looks like the senior file: give the junior file second)" : "")
                    + "; its columns are " + h.describe());
            return null;
        }
        Column min = optional(t, log, Column.find(h, "Payscale Minimum (£)", "Payscale Minimum"), "pay is read as not disclosed");
        Column max = optional(t, log, Column.find(h, "Payscale Maximum (£)", "Payscale Maximum"), "pay is read as not disclosed");
        Column title = optional(t, log, Column.find(h, "Generic Job Title", "Job Title"), "blocks have no titles");
        Column org = Column.find(h, "Organisation");
        Column unit = Column.find(h, "Unit");
        List<JuniorRow> rows = new ArrayList<>(t.rows().size());
        for (CsvRecord r : t.rows()) {
            Fte f = fte(t, log, r, fte, false);
            if (f == null) {
                continue;
            }
            if (f.value().signum() == 0) {
                log.warning(t.file(), r.line(), fte.header(), "0 FTE: a block with no posts, left out");
                continue;
            }
            String p = Cells.text(r.get(parent.index()));
            Pay pay = Pay.read(r.get(min.index()), r.get(max.index()), min.header(), max.header());
            rows.add(new JuniorRow(r.line(), isTop(p) ? "" : p, Cells.text(r.get(grade.index())), Cells.text(r.get(title.index())),
                    Cells.text(r.get(org.index())), Cells.text(r.get(unit.index())), f.value(), f.assumed(), pay));
        }
        return rows;
    }

    private static Column optional(Table t, ProblemLog log, Column c, String consequence) {
        if (!c.present()) {
            log.warning(t.file(), t.headerLine(), "", "no column '" + c.header() + "', so " + consequence);
        }
        return c;
    }

    /// An FTE as read, and whether 1 was assumed in place of what the file says.
    private record Fte(BigDecimal value, boolean assumed) {
    }

    /// The FTE, or null (reported, row left out) when it is missing, not a number or negative. Kept with a
    /// warning, counted as 1 FTE: a senior post with FTE 0 (the posts under it keep their line) and a cell
    /// holding a web address (a column out of place in the published file).
    private static Fte fte(Table t, ProblemLog log, CsvRecord r, Column c, boolean senior) {
        String text = Cells.text(r.get(c.index()));
        if (text.isEmpty() && senior) {
            log.warning(t.file(), r.line(), c.header(), "no FTE; counted as 1 FTE");
            return new Fte(BigDecimal.ONE, true);
        }
        if (isWebAddress(text)) {
            log.warning(t.file(), r.line(), c.header(), "the FTE cell holds a web address ('" + text + "'), not a number; the row was kept, "
                    + "counted as 1 FTE: check it");
            return new Fte(BigDecimal.ONE, true);
        }
        BigDecimal f = Cells.decimal(text);
        if (f == null) {
            log.error(t.file(), r.line(), c.header(), text.isEmpty() ? "no FTE; the row was left out"
                    : "'" + text + "' is not a number of FTE; the row was left out");
            return null;
        }
        if (f.signum() < 0) {
            log.error(t.file(), r.line(), c.header(), "FTE must not be below 0, not " + text + "; the row was left out");
            return null;
        }
        if (senior && f.signum() == 0) {
            log.warning(t.file(), r.line(), c.header(), "FTE 0 for a senior post (unpaid, or paid by another body?); the post was kept "
                    + "so the posts under it keep their line, counted as 1 FTE: check it");
            return new Fte(BigDecimal.ONE, true);
        }
        if (f.stripTrailingZeros().scale() > ModelValidator.FTE_DECIMALS) {
            log.error(t.file(), r.line(), c.header(), ModelValidator.fteTooPrecise(f) + "; the row was left out");
            return null;
        }
        return new Fte(f, false);
    }

    private static boolean isWebAddress(String text) {
        String t = text.toLowerCase(Locale.ROOT);
        return t.startsWith("http://") || t.startsWith("https://") || t.startsWith("www.");
    }

    private static java.util.Optional<String> keyOf(CsvRecord r, Column key) {
        String k = Cells.text(r.get(key.index()));
        return k.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(k);
    }

    /// `XX`, blank, `N/A` and the like mark the top post: it reports to nobody in the file.
    static boolean isTop(String manager) {
        String m = manager.toLowerCase(Locale.ROOT);
        return Cells.undisclosed(manager) || m.equals("xx") || m.equals("xxx") || m.equals("none") || m.equals("top");
    }

    static boolean isVacant(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        return n.equals("vacant") || n.equals("vacancy") || n.startsWith("vacant ") || n.startsWith("vacant(");
    }
}
