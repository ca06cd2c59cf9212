package org.reshape.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/// `reshape import`: brings real data into a Reshape database.
@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Import an organogram pair or an establishment list (CSV or .xlsx) into a Reshape database.",
        subcommands = {ImportOrganogramCommand.class, ImportCsvCommand.class})
final class ImportCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "say what to import: organogram or csv (reshape import --help)");
    }
}
