package dev.gcsync.cli.sync;

import dev.gcsync.cli.ExitCodes;
import dev.gcsync.cli.options.RunOptions;
import dev.gcsync.cli.progress.ApplyProgress;
import dev.gcsync.cli.progress.LogLines;
import dev.gcsync.cli.progress.TerminalBar;
import dev.gcsync.governor.TimeSource;
import dev.gcsync.sync.engine.RunOutcome;
import dev.gcsync.sync.journal.Journal;
import dev.gcsync.sync.journal.StateDirLock;
import dev.gcsync.sync.org.OrgReadException;
import dev.gcsync.sync.report.ConsoleSummary;
import dev.gcsync.sync.report.ReportFiles;
import dev.gcsync.sync.report.ReportWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.time.Clock;
import java.util.function.BiFunction;

/**
 * What apply, resume and the demo share around the engine: the state-dir lock, the journal, the progress
 * display, the console summary, the report files and the exit code.
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

    private RunDriver() {
    }

    public static int drive(SyncContext ctx, RunOptions run, PrintWriter out, PrintWriter err,
            BiFunction<Journal, ApplyProgress, Step> body) {
        boolean terminal = System.console() != null && !run.noProgress;
        try (StateDirLock lock = StateDirLock.acquire(run.stateDir);
                Journal journal = Journal.open(run.stateDir, Clock.systemUTC())) {
            ApplyProgress progress = new ApplyProgress(ctx.client::metrics,
                    users -> terminal ? new TerminalBar("apply", users)
                            : new LogLines(err, TimeSource.system(), 10_000_000_000L));
            Step step;
            try {
                step = body.apply(journal, progress);
            } finally {
                progress.close();
            }
            if (step.outcome() == null) {
                return step.exitCode();
            }
            RunOutcome outcome = step.outcome();
            out.println();
            out.print(ConsoleSummary.render(outcome.report()));
            if (run.reportDir != null) {
                ReportFiles files = new ReportWriter().write(outcome.report(), run.reportDir);
                out.println("Report: " + files.reportHtml().toAbsolutePath());
            }
            out.flush();
            return outcome.exitCode();
        } catch (OrgReadException e) {
            err.println("gcsync: " + e.getMessage());
            if (e.stopped()) {
                err.println("Nothing was lost: run the same command again"
                        + e.retryAt().map(t -> " after " + t).orElse(" later") + ".");
                return ExitCodes.STOPPED_EARLY;
            }
            return ExitCodes.FAILURE;
        } catch (IOException e) {
            err.println("gcsync: cannot write the report to " + run.reportDir + ": " + e.getMessage());
            return ExitCodes.FAILURE;
        }
    }
}
