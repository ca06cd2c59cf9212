package org.reshape.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.reshape.domain.Model;
import org.reshape.domain.Scenario;
import org.reshape.files.PrivateFiles;
import org.reshape.io.establishment.EstablishmentExport;
import org.reshape.io.json.ModelFiles;
import org.reshape.io.organogram.OrganogramExport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine;

/// `reshape export csv|organogram|json`: a scenario as an establishment list or
/// an organogram pair, or the whole model as a model file; each reads back with
/// `reshape import` (or `--model`) to the same thing.
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Export a scenario as an establishment CSV or an organogram pair, or a model as a .reshape.json file.",
        subcommands = {ExportCommand.Csv.class, ExportCommand.Organogram.class, ExportCommand.Json.class})
final class ExportCommand implements Runnable {

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "say what to export: csv, organogram or json (reshape export --help)");
    }

    /// The model and scenario an export reads.
    static final class Source {
        @Mixin
        ModelSource model;

        @Option(names = "--scenario", paramLabel = "NAME", description = "the scenario (name or id; default: the baseline)")
        String scenario;

        Model load() {
            return model.load();
        }

        Scenario scenario(Model m) {
            return scenario == null ? m.baseline() : Selection.find(m, scenario, "--scenario");
        }
    }

    @Command(name = "csv", mixinStandardHelpOptions = true, description = "A scenario as an establishment list CSV, one row per post.")
    static final class Csv implements Callable<Integer> {
        @Mixin
        Source source;

        @Option(names = "--out", paramLabel = "FILE", description = "where to write (default: standard output)")
        Path out;

        @Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() throws IOException {
            Model m = source.load();
            String text = EstablishmentExport.write(m, source.scenario(m));
            write(text, out, spec.commandLine().getOut());
            return 0;
        }
    }

    @Command(name = "organogram", mixinStandardHelpOptions = true,
            description = "A scenario as a data.gov.uk organogram pair: PREFIX-senior.csv and PREFIX-junior.csv.")
    static final class Organogram implements Callable<Integer> {
        @Mixin
        Source source;

        @Option(names = "--out", required = true, paramLabel = "PREFIX", description = "writes PREFIX-senior.csv and PREFIX-junior.csv")
        String prefix;

        @Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() throws IOException {
            Model m = source.load();
            Scenario s = source.scenario(m);
            Path senior = Path.of(prefix + "-senior.csv");
            Path junior = Path.of(prefix + "-junior.csv");
            try {
                OrganogramExport.write(m, s, senior, junior);
            } catch (IOException e) {
                throw new CliException("could not write " + prefix + "-senior.csv and -junior.csv: " + e.getMessage());
            }
            spec.commandLine().getOut().println("Wrote " + senior + " and " + junior + " (" + s.size() + " posts of '" + s.name() + "')");
            return 0;
        }
    }

    @Command(name = "json", mixinStandardHelpOptions = true, description = "The whole model as a Reshape model file (.reshape.json).")
    static final class Json implements Callable<Integer> {
        @Mixin
        ModelSource model;

        @Option(names = "--out", paramLabel = "FILE", description = "where to write (default: standard output)")
        Path out;

        @Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() throws IOException {
            Model m = model.load();
            if (out == null) {
                spec.commandLine().getOut().print(ModelFiles.toJson(m));
                spec.commandLine().getOut().flush();
                return 0;
            }
            try {
                ModelFiles.write(m, out);
            } catch (IOException e) {
                throw new CliException("could not write " + out + ": " + e.getMessage());
            }
            spec.commandLine().getOut().println("Wrote " + out);
            return 0;
        }
    }

    static void write(String text, Path file, PrintWriter stdout) {
        if (file == null) {
            stdout.print(text);
            stdout.flush();
            return;
        }
        try {
            PrivateFiles.writeString(file, text);
        } catch (IOException e) {
            throw new CliException("could not write " + file + ": " + e.getMessage());
        }
        stdout.println("Wrote " + file);
    }
}
