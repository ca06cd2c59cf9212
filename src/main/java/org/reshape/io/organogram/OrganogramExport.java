package org.reshape.io.organogram;

import java.io.IOException;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import org.reshape.csv.CsvWriter;
import org.reshape.csv.OrganogramColumns;
import org.reshape.domain.Grade;
import org.reshape.domain.Model;
import org.reshape.domain.Occupancy;
import org.reshape.domain.PayTable;
import org.reshape.domain.Post;
import org.reshape.domain.Scenario;
import org.reshape.files.PrivateFiles;

/// Writes a scenario as an organogram pair in the data.gov.uk layout, which
/// [OrganogramImport] reads back to the same scenario.
///
/// A post goes in the junior file when it manages nobody and is a team block
/// (more than one person or 1 FTE) or was a junior block of an import (its key
/// has the `<senior>/<grade>/<title>` form); every other post is a senior post.
/// Pay is the grade's range on the model's costing date; a grade whose pay an
/// organogram did not disclose is written as 0, as the publishers do.
public final class OrganogramExport {
    private OrganogramExport() {
    }

    /// The two files' text.
    public record Texts(String senior, String junior) {
    }

    public static Texts write(Model model, Scenario scenario) {
        StringWriter senior = new StringWriter();
        StringWriter junior = new StringWriter();
        write(model, scenario, senior, junior);
        return new Texts(senior.toString(), junior.toString());
    }

    /// Writes both files, UTF-8.
    public static void write(Model model, Scenario scenario, Path senior, Path junior) throws IOException {
        Texts t = write(model, scenario);
        PrivateFiles.writeString(senior, t.senior());
        PrivateFiles.writeString(junior, t.junior());
    }

    public static void write(Model model, Scenario scenario, Appendable senior, Appendable junior) {
        PayTable pay = new PayTable(model, model.costSettings() == null ? LocalDate.now() : model.costSettings().year().start());
        CsvWriter s = new CsvWriter(senior).row(OrganogramColumns.SENIOR);
        CsvWriter j = new CsvWriter(junior).row(OrganogramColumns.JUNIOR);
        String org = model.organisation().isEmpty() ? model.name() : model.organisation();
        for (Post p : scenario.posts()) {
            String[] grade = grade(model, pay, p);
            String unit = p.divisionId().isEmpty() ? "" : model.divisionName(p.divisionId());
            if (isJunior(scenario, p)) {
                j.row(org, org, unit, p.managerKey().isEmpty() ? "XX" : p.managerKey(), grade[0], grade[1], grade[2], p.title(),
                        fte(p.fte()), "");
            } else {
                s.row(p.key(), name(p), grade[0], p.title(), p.responsibilities().isEmpty() ? p.title() : p.responsibilities(),
                        org, org, unit, "", "", p.managerKey().isEmpty() ? "XX" : p.managerKey(), "", fte(p.fte()),
                        grade[1], grade[2], "", p.notes(), "");
            }
        }
    }

    static boolean isJunior(Scenario s, Post p) {
        return s.reportsTo(p.key()).isEmpty() && (p.isTeamBlock() || p.key().indexOf('/') > 0);
    }

    private static String name(Post p) {
        if (p.occupancy() == Occupancy.VACANT) {
            return "Vacant";
        }
        return p.holder().isEmpty() ? "N/D" : p.holder();
    }

    /// Label, minimum and maximum as the organogram writes them.
    private static String[] grade(Model model, PayTable pay, Post p) {
        Grade g = model.grade(p.gradeId()).orElse(null);
        if (g == null) {
            return new String[] {p.gradeId(), "0", "0"};
        }
        PayTable.Range r = pay.range(g.id()).orElse(null);
        String label = OrganogramGrades.label(g, r);
        if (r == null || OrganogramGrades.isUndisclosed(g)) {
            return new String[] {label, "0", "0"};
        }
        return new String[] {label, OrganogramGrades.amount(r.min()), OrganogramGrades.amount(r.max())};
    }

    private static String fte(BigDecimal fte) {
        return fte.toPlainString();
    }
}
