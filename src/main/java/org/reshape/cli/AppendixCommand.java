package org.reshape.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.reshape.domain.CostSettings;
import org.reshape.domain.FinancialYear;
import org.reshape.domain.Model;
import org.reshape.domain.SalaryBasis;
import org.reshape.domain.Scenario;
import org.reshape.report.Appendix;
import org.reshape.report.AppendixOptions;
import org.reshape.report.Paper;
import org.reshape.report.page.Page;
import org.reshape.report.page.PagedDocument;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/// `reshape appendix`: a scenario's appendix to a Cabinet report, as a PDF, or its text as a Word document.
@Command(name = "appendix", mixinStandardHelpOptions = true,
        description = {"Write the appendix a Cabinet report attaches for a scenario, as a PDF: the org chart (split into readable "
                + "pages when it is big), and for a proposal the schedule of changes, the cost summary with its bridge, who is "
                + "affected, and a glossary.",
            "With --format docx, the schedule of changes, the cost tables and the affected list as a Word document instead, "
                + "with real tables and Heading 1/Heading 2 styles, to paste into the council's report template.",
            "The file is written whole or not at all."})
final class AppendixCommand implements Callable<Integer> {

    @Mixin
    ModelSource source;

    @Option(names = "--scenario", paramLabel = "SCENARIO",
            description = "the scenario to print (name or id; default: the first proposal, or the baseline if there is none)")
    String scenario;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", required = true, description = "where to write the PDF or .docx")
    Path output;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "pdf",
            description = "pdf (the whole appendix, tagged for screen readers) or docx (its text and tables for Word; default: ${DEFAULT-VALUE})")
    String format;

    @Option(names = "--paper", paramLabel = "SIZE", defaultValue = "a4", description = "a4 or a3, landscape for the chart (default: ${DEFAULT-VALUE})")
    String paper;

    @Option(names = "--public", description = "the public version: no names, each post's pay in £5,000 bands")
    boolean publicVersion;

    @Option(names = "--appendix-number", paramLabel = "N",
            description = "number the appendix N (default: 1 for a baseline, 2 for a proposal)")
    Integer number;

    @Option(names = "--title", paramLabel = "TEXT", description = "the whole title instead, e.g. \"Appendix B – Proposed Structure\"")
    String title;

    @Option(names = "--classification", paramLabel = "TEXT", defaultValue = "Open",
            description = "printed on every page (default: ${DEFAULT-VALUE})")
    String classification;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "the date on the title block (default: today)")
    String date;

    @Option(names = "--basis", paramLabel = "BASIS", description = "salary basis: bottom, midpoint, top or actual (default: the model's setting)")
    String basis;

    @Option(names = "--year", paramLabel = "YYYY/YY", description = "financial year, e.g. 2024/25 (default: the model's setting)")
    String year;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        Model model = source.load();
        Scenario s = scenario != null ? Selection.find(model, scenario, "--scenario")
                : model.scenarios().stream().filter(Scenario::isProposal).findFirst().orElseGet(model::baseline);
        AppendixOptions o = options(model, s);
        String kind = format.strip().toLowerCase(java.util.Locale.ROOT);
        if (!kind.equals("pdf") && !kind.equals("docx")) {
            throw new CliException("--format: '" + format + "' is not a format; use pdf or docx");
        }
        checkTarget();
        if (kind.equals("docx")) {
            return docx(model, s, o);
        }
        PagedDocument doc;
        try {
            doc = Appendix.layout(model, s, o);
        } catch (IllegalArgumentException e) {
            throw new CliException((publicVersion && basis != null ? "--basis: " : "") + e.getMessage());
        }
        try {
            Appendix.writePdf(doc, output);
        } catch (IOException e) {
            throw new CliException("could not write " + output + ": " + Main.message(e));
        }
        long chart = doc.pages().stream().filter(Page::landscape).count();
        spec.commandLine().getOut().println("Wrote " + output + ": " + o.title() + ", " + doc.pages().size() + " pages ("
                + chart + " of chart), " + (o.publicVersion() ? "public version" : "full version") + ", " + o.paper() + ".");
        spec.commandLine().getOut().flush();
        return 0;
    }

    private int docx(Model model, Scenario s, AppendixOptions o) {
        try {
            Appendix.writeDocx(model, s, o, output);
        } catch (IllegalArgumentException e) {
            throw new CliException((publicVersion && basis != null ? "--basis: " : "") + e.getMessage());
        } catch (IOException e) {
            throw new CliException("could not write " + output + ": " + Main.message(e));
        }
        spec.commandLine().getOut().println("Wrote " + output + ": " + o.title() + " as a Word document, "
                + (o.publicVersion() ? "public version" : "full version") + ".");
        spec.commandLine().getOut().flush();
        return 0;
    }

    private AppendixOptions options(Model model, Scenario s) {
        Paper p;
        try {
            p = Paper.parse(paper);
        } catch (IllegalArgumentException e) {
            throw new CliException("--paper: " + e.getMessage());
        }
        if (number != null && number < 1) {
            throw new CliException("--appendix-number: " + number + " is not an appendix number; use 1, 2, 3 …");
        }
        if (title != null && title.isBlank()) {
            throw new CliException("--title: the title is empty");
        }
        LocalDate day = Selection.dateOrToday(date, "--date");
        AppendixOptions defaults = AppendixOptions.defaults(model, s);
        return defaults.withTitle(title != null ? title.strip() : AppendixOptions.defaultTitle(s, number)).withPaper(p)
                .withPublicVersion(publicVersion).withClassification(classification).withDate(day)
                .withCostSettings(settings(defaults.costSettings()));
    }

    private CostSettings settings(CostSettings settings) {
        try {
            if (basis != null) {
                settings = settings.withBasis(SalaryBasis.parse(basis));
            }
        } catch (IllegalArgumentException e) {
            throw new CliException("--basis: " + e.getMessage());
        }
        try {
            if (year != null) {
                settings = settings.withYear(FinancialYear.parse(year));
            }
        } catch (IllegalArgumentException e) {
            throw new CliException("--year: " + e.getMessage());
        }
        return settings;
    }

    /// Says what is wrong with the output path before any work is done.
    private void checkTarget() {
        Path dir = output.toAbsolutePath().getParent();
        if (Files.isDirectory(output)) {
            throw new CliException("-o: " + output + " is a folder; give a file name, e.g. " + output.resolve("appendix.pdf"));
        }
        if (dir == null || !Files.isDirectory(dir)) {
            throw new CliException("-o: there is no folder " + dir + " to write " + output.getFileName() + " in");
        }
    }
}
