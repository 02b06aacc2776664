package dev.gcsync.cli.sync;

import dev.gcsync.cli.options.RunOptions;
import dev.gcsync.cli.progress.ApplyProgress;
import dev.gcsync.cli.progress.LogLines;
import dev.gcsync.cli.progress.TerminalBar;
import dev.gcsync.governor.BudgetStore;
import dev.gcsync.governor.TimeSource;
import dev.gcsync.sync.apply.StopRequest;
import dev.gcsync.sync.engine.RunOutcome;
import dev.gcsync.sync.journal.Journal;
import dev.gcsync.sync.journal.StateDirLock;
import dev.gcsync.sync.problem.IoTrouble;
import dev.gcsync.sync.report.ConsoleSummary;
import dev.gcsync.sync.report.ReportFiles;
import dev.gcsync.sync.report.ReportWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.FileSystemException;
import java.time.Clock;

/**
 * What apply, resume and the demo share around the engine: the state-dir lock, the journal, the progress
 * display, the console summary, the report files. What escapes the body (a stopped read, a refused rail)
 * propagates to {@link dev.gcsync.cli.ExitPolicy}, which gives every command the same code for it.
 */
public final class RunDriver {
    /** What the body did: a run, or an exit code without one (nothing to do, declined, invalid input). */
    public record Step(RunOutcome outcome, int exitCode) {
        public static Step ran(RunOutcome outcome) {
            return new Step(outcome, outcome.exitCode());
        }

        public static Step exit(int code) {
            return new Step(null, code);
        }
    }

    /** What a command does inside the driver: prepare, then apply or resume with {@code stop}. */
    @FunctionalInterface
    public interface Body {
        Step run(Journal journal, ApplyProgress progress, StopRequest stop);
    }

    private RunDriver() {}

    /**
     * Runs {@code body} holding the state-dir lock, with SIGINT and SIGTERM taken over for a clean stop
     * ({@link SignalStop}), then prints the summary and writes the report of the run it made.
     */
    @SuppressWarnings("try") // the lock and the signal handlers are held for the body, not called
    public static int drive(SyncContext ctx, RunOptions run, PrintWriter out, PrintWriter err, Body body) {
        boolean terminal = System.console() != null && !run.noProgress;
        StopRequest stop = new StopRequest();
        try (StateDirLock lock = StateDirLock.acquire(run.stateDir);
                Journal journal = Journal.open(run.stateDir, Clock.systemUTC());
                SignalStop signals = SignalStop.install(stop, err)) {
            ApplyProgress progress = new ApplyProgress(
                    ctx.client::metrics,
                    users -> terminal
                            ? new TerminalBar("apply", users)
                            : new LogLines(err, TimeSource.system(), 10_000_000_000L));
            Step step;
            try {
                step = body.run(journal, progress, stop);
            } finally {
                progress.close();
            }
            if (step.outcome() == null) {
                return step.exitCode();
            }
            RunOutcome outcome = step.outcome();
            out.println();
            out.print(ConsoleSummary.render(outcome.report()));
            BudgetStore.StoreStatus store = ctx.client.budgetStore().status();
            StoreLines.summary(store).ifPresent(out::println);
            if (run.reportDir != null) {
                ReportFiles files = new ReportWriter().write(outcome.report(), run.reportDir);
                StoreLines.writeJson(store, run.reportDir);
                out.println("Report: " + files.reportHtml().toAbsolutePath());
            }
            out.flush();
            return outcome.exitCode();
        } catch (IOException e) {
            throw new IllegalArgumentException(
                    "cannot write the report to " + run.reportDir + ": "
                            + (e instanceof FileSystemException fs && fs.getFile() != null ? fs.getFile() : "it")
                            + " " + IoTrouble.describe(null, e),
                    e);
        }
    }
}
