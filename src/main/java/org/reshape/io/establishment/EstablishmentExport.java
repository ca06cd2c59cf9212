package org.reshape.io.establishment;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.reshape.csv.CsvWriter;
import org.reshape.domain.Grade;
import org.reshape.domain.Model;
import org.reshape.domain.PayTable;
import org.reshape.domain.Post;
import org.reshape.domain.Scenario;
import org.reshape.files.PrivateFiles;

/// Writes a scenario as an establishment list CSV, one row per post with every
/// [EstablishmentField] under its label, which [ColumnMapping#guess(List)] maps
/// back without help, so export → import gives the same scenario.
///
/// Grades are written by name (by id where two grades share a name), with the
/// range they have on the model's costing date as Pay min and Pay max, so the
/// file can also start a model that lacks the grades.
public final class EstablishmentExport {

    private EstablishmentExport() {
    }

    public static List<String> header() {
        // Posts only: an export carries no personal data (the person columns are for importing).
        return Arrays.stream(EstablishmentField.values()).filter(f -> !f.isPerson()).map(EstablishmentField::label).toList();
    }

    public static String write(Model model, Scenario scenario) {
        StringWriter out = new StringWriter();
        write(model, scenario, out);
        return out.toString();
    }

    public static void write(Model model, Scenario scenario, Path file) throws IOException {
        PrivateFiles.writeString(file, write(model, scenario));
    }

    public static void write(Model model, Scenario scenario, Appendable out) {
        PayTable pay = new PayTable(model, model.costSettings() == null ? LocalDate.now() : model.costSettings().year().start());
        CsvWriter csv = new CsvWriter(out).row(header());
        for (Post p : scenario.posts()) {
            List<String> row = new ArrayList<>();
            PayTable.Range range = pay.range(p.gradeId()).orElse(null);
            for (EstablishmentField f : EstablishmentField.values()) {
                if (f.isPerson()) {
                    continue;
                }
                row.add(switch (f) {
                    case POST_NUMBER -> p.key();
                    case TITLE -> p.title();
                    case DIVISION -> p.divisionId().isEmpty() ? "" : model.divisionName(p.divisionId());
                    case REPORTS_TO -> p.managerKey();
                    case GRADE -> grade(model, p.gradeId());
                    case FTE -> p.fte().toPlainString();
                    case HEADCOUNT -> Integer.toString(p.headcount());
                    case HOLDER -> p.holder();
                    case OCCUPANCY -> p.occupancy().name().toLowerCase(Locale.ROOT);
                    case FIXED_TERM_END -> p.fixedTermEnd() == null ? "" : p.fixedTermEnd().toString();
                    case RESPONSIBILITIES -> p.responsibilities();
                    case ACTUAL_POINT -> p.actualPoint() == null ? "" : p.actualPoint().toString();
                    case PAY_MIN -> range == null ? "" : range.min().toPlainString();
                    case PAY_MAX -> range == null ? "" : range.max().toPlainString();
                    case REPLACES -> String.join("; ", p.replaces());
                    case MAPPED_FROM -> String.join("; ", p.mappedFrom());
                    case ACTING_FOR -> p.pay().actingFor();
                    case BACKFILLED -> p.pay().isActingUp() ? (p.pay().backfilled() ? "yes" : "no") : "";
                    case NOTES -> p.notes();
                    default -> throw new IllegalStateException("person field " + f + " in a post export");
                });
            }
            csv.row(row);
        }
    }

    private static String grade(Model model, String gradeId) {
        Grade g = model.grade(gradeId).orElse(null);
        if (g == null) {
            return gradeId;
        }
        long sameName = model.grades().stream().filter(o -> o.name().equalsIgnoreCase(g.name())).count();
        return sameName == 1 && model.grade(g.name()).isEmpty() ? g.name() : g.id();
    }
}
