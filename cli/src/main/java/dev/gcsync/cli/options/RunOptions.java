package dev.gcsync.cli.options;

import dev.gcsync.governor.GovernorConfig;
import java.nio.file.Path;
import java.time.Duration;
import picocli.CommandLine.Option;

/** How an apply or resume runs and what it leaves behind. */
public final class RunOptions {
    @Option(names = "--state-dir", paramLabel = "DIR", defaultValue = ".gcsync",
            description = "Where the journal (state.db) lives. Default: ${DEFAULT-VALUE}.")
    public Path stateDir;

    @Option(names = "--in-flight", paramLabel = "N", defaultValue = "8", converter = OptionValues.InFlight.class,
            description = "Requests in flight at once, 1 to 64 (the rate governor may allow fewer)."
                    + " Default: ${DEFAULT-VALUE}.")
    public int inFlight;

    @Option(names = "--deadline", paramLabel = "DURATION", converter = OptionValues.PositiveDuration.class,
            description = "Stop cleanly after this long (e.g. 2h), leaving the rest for 'gcsync resume'.")
    public Duration deadline;

    @Option(names = "--max-retry-after", paramLabel = "DURATION", converter = OptionValues.PositiveDuration.class,
            defaultValue = "5m",
            description = "A Retry-After longer than this (a daily limit) stops the run for 'gcsync resume'"
                    + " instead of waiting. Default: ${DEFAULT-VALUE}.")
    public Duration maxRetryAfter;

    @Option(names = "--report-dir", paramLabel = "DIR",
            description = "Write summary.json, users.csv and report.html here.")
    public Path reportDir;

    @Option(names = "--no-progress", description = "No live progress bar, even on a terminal.")
    public boolean noProgress;

    /** The governor settings these options shape: in-flight bound, Retry-After ceiling, deadline. */
    public GovernorConfig governor(GovernorConfig base) {
        GovernorConfig.Builder b = base.toBuilder().maxConcurrency(inFlight)
                .minConcurrency(Math.min(base.minConcurrency(), Math.max(1, inFlight)))
                .retryAfterCeiling(maxRetryAfter);
        if (deadline != null) {
            b.deadline(deadline);
        }
        return b.build();
    }
}
