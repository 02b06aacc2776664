package dev.gcsync.cli.sync;

import dev.gcsync.cli.ExitCodes;
import dev.gcsync.cli.options.ConnectionOptions;
import dev.gcsync.cli.options.DesiredOptions;
import dev.gcsync.cli.options.OptionValues;
import dev.gcsync.sync.engine.Prepared;
import dev.gcsync.sync.engine.SavedPlan;
import dev.gcsync.sync.engine.SyncOptions;
import dev.gcsync.sync.plan.PlanPrinter;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code gcsync plan}: what apply would change, and nothing written. */
@Command(
        name = "plan",
        mixinStandardHelpOptions = true,
        description = {
            "Reads the org, checks the desired state against it and prints what apply would change.",
            "Exit codes: 0 nothing to do, 2 changes pending, 1 error (as Terraform's -detailed-exitcode),"
                    + " 3 a read stopped by a daily limit (run it again later)."
        },
        footer = {
            "",
            "Examples:",
            "  gcsync plan -f desired.yaml --region eu_west_1 --client-id ID",
            "  gcsync plan -f users.csv -o plan.json        (then: gcsync apply --plan plan.json)"
        })
public final class PlanCommand implements Callable<Integer> {
    @Mixin
    DesiredOptions desired;

    @Mixin
    ConnectionOptions connection;

    @Option(
            names = {"-o", "--out"},
            paramLabel = "FILE",
            description = "Save the plan (JSON) for 'gcsync apply --plan FILE'.")
    Path out;

    @Option(
            names = "--show",
            paramLabel = "N",
            defaultValue = "2147483647",
            converter = OptionValues.Count.class,
            description = "Print the changes of at most N users and queues (the totals always cover all).")
    int show;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        var read = desired.read();
        if (FilesFirst.refuse(read, desired.skipInvalid, err)) {
            return ExitCodes.FAILURE;
        }
        SyncContext ctx = SyncContext.create(connection, null, SyncOptions.defaults(), System.getenv(), err);
        Prepared prepared = ctx.engine.prepare(read.state(), read.problems());
        ProblemPrinter.warnings(err, prepared.warnings());
        if (!prepared.problems().isEmpty()) {
            ProblemPrinter.print(err, prepared.problems().sorted(), desired.skipInvalid);
            if (!desired.skipInvalid) {
                return ExitCodes.FAILURE;
            }
        }
        stdout.print(new PlanPrinter(show).render(prepared.plan(), ctx.api.allowedRate()));
        stdout.flush();
        if (out != null) {
            SavedPlan.of(prepared, ctx.api.target(), Instant.now()).write(out);
            err.println("Saved the plan to " + out + "; apply it with: gcsync apply --plan " + out);
        }
        return prepared.plan().isEmpty() ? ExitCodes.OK : ExitCodes.CHANGES_PENDING;
    }
}
