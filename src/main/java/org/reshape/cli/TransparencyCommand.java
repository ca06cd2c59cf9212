package org.reshape.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import org.reshape.domain.Model;
import org.reshape.domain.Scenario;
import org.reshape.report.Transparency;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/// `reshape transparency`: what the Local Government Transparency Code 2015 asks a council to publish about a structure.
@Command(name = "transparency", mixinStandardHelpOptions = true,
        description = {"Write the Local Government Transparency Code 2015 data for a scenario into a folder: "
                + Transparency.CHART_FILE + " (the top three tiers, in the columns of the data.gov.uk senior organogram file, "
                + "with tier, permanent or temporary, and the grade's salary ceiling), " + Transparency.SENIOR_FILE
                + " (every post paid £50,000 or more) and " + Transparency.PDF_FILE + " (both, and the number of posts in each "
                + "£5,000 bracket, tagged for screen readers).",
            "Salaries are given in £5,000 brackets; holders are named only at £150,000 or more. Each file is written whole or not at all."})
final class TransparencyCommand implements Callable<Integer> {

    @Mixin
    ModelSource source;

    @Option(names = "--scenario", paramLabel = "SCENARIO", description = "the scenario to publish (name or id; default: the baseline)")
    String scenario;

    @Option(names = {"-o", "--output"}, paramLabel = "FOLDER", required = true, description = "the folder to write the three files in")
    Path output;

    @Option(names = "--contact", paramLabel = "TEXT",
            description = "the contact published for every post: a team e-mail address or phone number, never a person's own")
    String contact;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "the date the data is as at (default: today)")
    String date;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        Model model = source.load();
        Scenario s = scenario != null ? Selection.find(model, scenario, "--scenario") : model.baseline();
        LocalDate day = Selection.dateOrToday(date, "--date");
        if (Files.isRegularFile(output)) {
            throw new CliException("-o: " + output + " is a file; give the folder to write " + Transparency.CHART_FILE + " and the others in");
        }
        if (!Files.isDirectory(output)) {
            throw new CliException("-o: there is no folder " + output.toAbsolutePath());
        }
        Transparency.Contact c = Transparency.Contact.parse(contact);
        Transparency t = Transparency.of(model, s, c, day);
        List<Path> files;
        try {
            files = t.write(output);
        } catch (IOException e) {
            throw new CliException("could not write in " + output + ": " + Main.message(e));
        }
        PrintWriter out = spec.commandLine().getOut();
        out.println("Wrote " + String.join(", ", files.stream().map(Path::toString).toList()) + ": " + s.name() + ", "
                + t.chart().size() + " posts in the top " + Transparency.TIERS + " tiers, " + t.senior().size() + " paid £50,000 or more.");
        out.flush();
        if (c.isEmpty()) {
            PrintWriter err = spec.commandLine().getErr();
            err.println("reshape: warning: no contact given; the Transparency Code asks for one: add --contact with a team e-mail or phone");
            err.flush();
        }
        return 0;
    }
}
