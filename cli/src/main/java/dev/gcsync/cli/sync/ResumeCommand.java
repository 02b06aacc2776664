package dev.gcsync.cli.sync;

import dev.gcsync.cli.ExitCodes;
import dev.gcsync.cli.options.ConnectionOptions;
import dev.gcsync.cli.options.RunOptions;
import dev.gcsync.sync.engine.SyncOptions;
import dev.gcsync.sync.journal.RunInfo;
import dev.gcsync.sync.journal.RunStatus;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code gcsync resume}: finishes a run that stopped early, without repeating what it already did. */
@Command(name = "resume", mixinStandardHelpOptions = true,
        description = {"Continues a run that stopped early (crash, deadline, daily limit): re-reads the org,"
                + " sends only what is still missing, verifies and reports under the same run id.",
            "Exit codes: 0 converged, 1 failures, 3 stopped early again."})
public final class ResumeCommand implements Callable<Integer> {
    @Parameters(arity = "0..1", paramLabel = "RUN", description = "Run id (default: the latest unfinished run).")
    Long runId;

    @Mixin
    ConnectionOptions connection;

    @Mixin
    RunOptions run;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        SyncOptions options = new SyncOptions(run.inFlight, true, -1, -1, true, 5, Duration.ofSeconds(2));
        SyncContext ctx = SyncContext.create(connection, run, options, System.getenv(), err);
        return RunDriver.drive(ctx, run, out, err, (journal, progress) -> {
            Optional<RunInfo> target = runId != null ? journal.run(runId)
                    : journal.runs().stream().filter(r -> r.status() == RunStatus.STOPPED
                            || r.status() == RunStatus.RUNNING).findFirst();
            if (target.isEmpty()) {
                err.println(runId != null ? "gcsync: no run " + runId + " in " + run.stateDir + " ('gcsync runs' lists them)"
                        : "gcsync: no unfinished run in " + run.stateDir + "; nothing to resume");
                return RunDriver.Step.exit(runId != null ? ExitCodes.FAILURE : ExitCodes.OK);
            }
            err.println("Resuming run " + target.get().id() + " (" + target.get().opsPending() + " requests pending).");
            return RunDriver.Step.ran(ctx.engine.resume(target.get().id(), journal, progress));
        });
    }
}
