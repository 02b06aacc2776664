package dev.gcsync.cli.sync;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.gcsync.cli.ExitCodes;
import dev.gcsync.cli.options.BudgetStoreOptions;
import dev.gcsync.cli.options.ConnectionOptions;
import dev.gcsync.cli.options.DesiredOptions;
import dev.gcsync.cli.options.RunOptions;
import dev.gcsync.cli.options.SafetyRailOptions;
import dev.gcsync.sync.engine.Prepared;
import dev.gcsync.sync.engine.SavedPlan;
import dev.gcsync.sync.engine.SyncOptions;
import dev.gcsync.sync.plan.PlanPrinter;
import dev.gcsync.sync.problem.IoTrouble;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code gcsync apply}: plan, journal, send through the governor, verify, report. */
@Command(
        name = "apply",
        mixinStandardHelpOptions = true,
        description = {
            "Brings the org in line with the desired state: plans, journals every request, sends them"
                    + " through the rate governor, re-reads what changed and reports.",
            "Exit codes: 0 converged, 1 failures, 3 stopped early with work pending (run 'gcsync resume')."
        },
        footer = {
            "",
            "Examples:",
            "  gcsync apply -f desired.yaml --yes --deadline 5h --report-dir reports/today",
            "  gcsync apply --plan plan.json"
        })
public final class ApplyCommand implements Callable<Integer> {
    /** Users and queues whose changes apply prints before asking on a terminal (docs/user-guide.md). */
    static final int ON_TERMINAL_SHOWN = 20;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Source source;

    static final class Source {
        @ArgGroup(exclusive = false)
        DesiredOptions desired;

        @Option(
                names = "--plan",
                paramLabel = "FILE",
                description =
                        "Apply a plan saved by 'gcsync plan -o'; changes whose before no longer holds are refused.")
        Path plan;
    }

    @Mixin
    ConnectionOptions connection;

    @Mixin
    BudgetStoreOptions budgetStore;

    @Mixin
    RunOptions run;

    @Option(names = "--yes", description = "Do not ask for confirmation on a terminal.")
    boolean yes;

    @Mixin
    SafetyRailOptions rails;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        boolean skipInvalid = source.desired != null && source.desired.skipInvalid;
        SyncOptions options =
                rails.applyTo(SyncOptions.defaults().withInFlight(run.inFlight).withSkipInvalid(skipInvalid));
        var read = source.desired == null ? null : source.desired.read();
        if (read != null && FilesFirst.refuse(read, skipInvalid, err)) {
            return ExitCodes.FAILURE;
        }
        SavedPlan saved = source.plan == null ? null : readPlan(source.plan);
        SyncContext ctx = SyncContext.create(connection, run, options, System.getenv(), err, budgetStore);
        return RunDriver.drive(ctx, run, out, err, (journal, progress, stop) -> {
            Prepared prepared =
                    saved != null ? ctx.engine.prepareSaved(saved) : ctx.engine.prepare(read.state(), read.problems());
            ProblemPrinter.warnings(err, prepared.warnings());
            if (!prepared.problems().isEmpty()) {
                ProblemPrinter.print(err, prepared.problems().sorted(), skipInvalid);
                if (!skipInvalid) {
                    return RunDriver.Step.exit(ExitCodes.FAILURE);
                }
            }
            // on a terminal the first changes before the question; without one (cron, CI) every change, so the
            // log holds what was applied
            out.print(new PlanPrinter(System.console() != null ? ON_TERMINAL_SHOWN : Integer.MAX_VALUE)
                    .render(prepared.plan(), ctx.api.allowedRate()));
            out.flush();
            if (!prepared.plan().isEmpty() && !yes && !Confirm.ask(out, "Apply these changes?")) {
                err.println("Nothing applied.");
                return RunDriver.Step.exit(ExitCodes.FAILURE);
            }
            return RunDriver.Step.ran(ctx.engine.apply(prepared, journal, progress, stop));
        });
    }

    private static SavedPlan readPlan(Path file) {
        try {
            return SavedPlan.read(file);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("the plan " + file + " is not a plan saved by 'gcsync plan -o'"
                    + (e.getLocation() == null
                            ? ""
                            : " (line " + e.getLocation().getLineNr() + ")")
                    + ": save it again with gcsync plan -f FILE… -o " + file);
        } catch (IOException e) {
            // SavedPlan's own refusal (another format) is a sentence; a file system error is said in words
            throw new IllegalArgumentException(
                    e.getClass() == IOException.class
                            ? e.getMessage()
                            : "the plan " + file + " " + IoTrouble.describe(file, e));
        }
    }
}
