package dev.gcsync.cli.sync;

import dev.gcsync.cli.ExitCodes;
import dev.gcsync.cli.options.ConnectionOptions;
import dev.gcsync.sync.engine.Exporter;
import dev.gcsync.sync.engine.SyncOptions;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code gcsync export}: the org's current state as a desired-state file to start from. */
@Command(
        name = "export",
        mixinStandardHelpOptions = true,
        description = {
            "Writes the org's current routing configuration in the desired-state format.",
            "-o current.yaml (or .json); -o current.csv writes users to it and queues to current.queues.csv.",
            "Exit codes: 0 written, 1 unreachable org or bad credentials, 3 a read stopped by a daily limit"
                    + " (run it again later)."
        },
        footer = {"", "Example:", "  gcsync export -o current.yaml --region eu_west_1 --client-id ID"})
public final class ExportCommand implements Callable<Integer> {
    @Option(
            names = {"-o", "--out"},
            paramLabel = "FILE",
            required = true,
            description = "Where to write.")
    Path out;

    @Mixin
    ConnectionOptions connection;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        SyncContext ctx = SyncContext.create(connection, null, SyncOptions.defaults(), System.getenv(), err);
        var files = new Exporter(ctx.api, line -> SyncContext.log(err, line)).export(out);
        files.forEach(f -> spec.commandLine().getOut().println("Wrote " + f));
        return ExitCodes.OK;
    }
}
