package org.reshape.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/// `reshape`: the command line. Bad options and bad files end with one clear
/// line on stderr and exit status 2, never a stack trace.
@Command(name = "reshape", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Model the restructure of a council directorate: costs, changes and appendices.",
        subcommands = {CostCommand.class, ChangesCommand.class, MetricsCommand.class, AppendixCommand.class, TransparencyCommand.class, ImportCommand.class, ExportCommand.class,
                CommandLine.HelpCommand.class})
public final class Main implements Runnable {

    public static final int BAD_INPUT = 2;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "say what to do: " + String.join(", ",
                spec.subcommands().keySet().stream().filter(n -> !n.equals("help")).toList()) + " (reshape --help)");
    }

    public static void main(String[] args) {
        System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /// Runs a command line and returns its exit status; used by tests too.
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cl = new CommandLine(new Main());
        cl.setOut(out);
        cl.setErr(err);
        cl.setParameterExceptionHandler((ex, a) -> {
            err.println("reshape: " + ex.getMessage());
            return BAD_INPUT;
        });
        cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            err.println("reshape: " + message(ex));
            return BAD_INPUT;
        });
        return cl.execute(args);
    }

    static String message(Throwable ex) {
        Throwable t = ex;
        while (t.getMessage() == null && t.getCause() != null) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }
}
