package dev.gcsync.cli.sync;

import dev.gcsync.cli.ExitCodes;
import dev.gcsync.cli.options.BudgetStoreOptions;
import dev.gcsync.cli.options.ConnectionOptions;
import dev.gcsync.cli.options.RunOptions;
import dev.gcsync.sync.engine.SyncOptions;
import dev.gcsync.sync.journal.ResumeChoice;
import java.io.PrintWriter;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code gcsync resume}: finishes a run that stopped early, without repeating what it already did. */
@Command(
        name = "resume",
        mixinStandardHelpOptions = true,
        description = {
            "Continues the latest run of the org if it stopped early (crash, deadline, daily limit,"
                    + " Ctrl-C): re-reads the org, sends only what is still missing, verifies and reports under the same"
                    + " run id. A run that a later run superseded or came after is refused: resuming it would write an"
                    + " older desired state back.",
            "Exit codes: 0 converged or nothing to resume, 1 failures or a refused run, 3 stopped early again."
        },
        footer = {"", "Examples:", "  gcsync resume --deadline 5h", "  gcsync resume 12"})
public final class ResumeCommand implements Callable<Integer> {
    @Parameters(
            arity = "0..1",
            paramLabel = "RUN",
            description = "Run id (default: the latest run of the org, if unfinished).")
    Long runId;

    @Mixin
    ConnectionOptions connection;

    @Mixin
    BudgetStoreOptions budgetStore;

    @Mixin
    RunOptions run;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        // the run's plan was checked against the rails when it was made; what is left of it is applied as it is
        SyncOptions options = SyncOptions.defaults()
                .withInFlight(run.inFlight)
                .withSkipInvalid(true)
                .withForce(true);
        SyncContext ctx = SyncContext.create(connection, run, options, System.getenv(), err, budgetStore);
        return RunDriver.drive(ctx, run, out, err, (journal, progress, stop) -> {
            ResumeChoice choice = ResumeChoice.of(journal.runs(), ctx.api.target(), Optional.ofNullable(runId));
            if (choice.run().isEmpty()) {
                err.println("gcsync: " + choice.message());
                return RunDriver.Step.exit(choice.refused() ? ExitCodes.FAILURE : ExitCodes.OK);
            }
            err.println("gcsync: " + choice.message());
            return RunDriver.Step.ran(ctx.engine.resume(choice.run().get().id(), journal, progress, stop));
        });
    }
}
