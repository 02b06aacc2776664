package dev.gcsync.cli.options;

import dev.gcsync.governor.GovernorConfig;
import java.nio.file.Path;
import java.time.Duration;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** How an apply or resume runs and what it leaves behind. */
public final class RunOptions {
    @Option(
            names = "--state-dir",
            paramLabel = "DIR",
            defaultValue = ".gcsync",
            description = "Where the journal (state.db) lives. Default: ${DEFAULT-VALUE}.")
    public Path stateDir;

    @Option(
            names = "--in-flight",
            paramLabel = "N",
            defaultValue = "8",
            converter = OptionValues.InFlight.class,
            description = "Requests in flight at once, 1 to 64 (the rate governor may allow fewer)."
                    + " Default: ${DEFAULT-VALUE}.")
    public int inFlight;

    @Option(
            names = "--deadline",
            paramLabel = "DURATION",
            converter = OptionValues.PositiveDuration.class,
            description = "Stop cleanly after this long (e.g. 2h), leaving the rest for 'gcsync resume'.")
    public Duration deadline;

    @Option(
            names = "--max-retry-after",
            paramLabel = "DURATION",
            converter = OptionValues.PositiveDuration.class,
            defaultValue = "5m",
            description = "A Retry-After longer than this (a daily limit) stops the run for 'gcsync resume'"
                    + " instead of waiting. Default: ${DEFAULT-VALUE}.")
    public Duration maxRetryAfter;

    @Option(
            names = "--report-dir",
            paramLabel = "DIR",
            description = "Write summary.json, users.csv and report.html here.")
    public Path reportDir;

    @Option(names = "--no-progress", description = "No live progress bar, even on a terminal.")
    public boolean noProgress;

    @Option(
            names = "--tokens",
            paramLabel = "N",
            defaultValue = "1",
            description = "OAuth tokens of the client to send through (1-20), each paced by its own per-token"
                    + " window, all sharing the org's buckets: faster only where the per-token limit binds."
                    + " Default: ${DEFAULT-VALUE}.")
    public int tokens = 1;

    @Mixin
    public BudgetShareOptions share = new BudgetShareOptions();

    /** The governor settings these options shape: in-flight bound, Retry-After ceiling, deadline, budget share. */
    public GovernorConfig governor(GovernorConfig base) {
        if (tokens < 1 || tokens > 20) {
            throw new IllegalArgumentException("--tokens must be between 1 and 20, was " + tokens);
        }
        GovernorConfig.Builder b = share.applyTo(base.toBuilder())
                .maxConcurrency(inFlight)
                .minConcurrency(Math.min(base.minConcurrency(), Math.max(1, inFlight)))
                .retryAfterCeiling(maxRetryAfter);
        if (deadline != null) {
            b.deadline(deadline);
        }
        return b.build();
    }
}
