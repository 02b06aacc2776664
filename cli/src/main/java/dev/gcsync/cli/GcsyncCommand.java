package dev.gcsync.cli;

import dev.gcsync.cli.demo.DemoCommand;
import dev.gcsync.cli.sync.ApplyCommand;
import dev.gcsync.cli.sync.ExportCommand;
import dev.gcsync.cli.sync.PlanCommand;
import dev.gcsync.cli.sync.ReportCommand;
import dev.gcsync.cli.sync.ResumeCommand;
import dev.gcsync.cli.sync.RunsCommand;
import dev.gcsync.cli.sync.ValidateCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The root {@code gcsync} command: only lists and dispatches to its subcommands. */
@Command(
        name = "gcsync",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Keeps Genesys Cloud routing configuration in line with a desired-state file,"
                + " as fast as the org's rate limits allow.",
        footer = {
            "",
            "Example:",
            "  gcsync demo                   (a whole sync against the embedded emulator)",
            "  gcsync plan -f desired.yaml   (then: gcsync apply -f desired.yaml)",
            "",
            "Exit codes: 0 done, 1 failure, 2 changes pending (plan), 3 stopped early. See docs/user-guide.md."
        },
        subcommands = {
            ValidateCommand.class,
            PlanCommand.class,
            ApplyCommand.class,
            ResumeCommand.class,
            RunsCommand.class,
            ReportCommand.class,
            ExportCommand.class,
            DemoCommand.class,
            EmulatorCommand.class,
            ProxyCommand.class,
            DoctorCommand.class,
            CommandLine.HelpCommand.class
        })
public final class GcsyncCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Builds the command line with gcsync's conventions: a usage error exits 1 (2 means "changes pending"). */
    public static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new GcsyncCommand());
        cli.setParameterExceptionHandler((ex, args) -> {
            CommandLine failed = ex.getCommandLine();
            failed.getErr().println("gcsync: " + ex.getMessage());
            CommandLine.UnmatchedArgumentException.printSuggestions(ex, failed.getErr());
            failed.getErr().println("Run '" + failed.getCommandSpec().qualifiedName() + " --help' for usage.");
            return ExitCodes.FAILURE;
        });
        cli.setExecutionExceptionHandler(new ErrorReporter());
        return cli;
    }
}
