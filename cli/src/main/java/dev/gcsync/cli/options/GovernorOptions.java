package dev.gcsync.cli.options;

import dev.gcsync.governor.GovernorConfig;
import java.time.Duration;
import picocli.CommandLine.Option;

/** The governor's user-facing settings, shared by the commands that write ({@code @Mixin}). */
public final class GovernorOptions {

    @Option(names = "--in-flight", paramLabel = "N", defaultValue = "8",
            description = "Requests in flight at most (default: ${DEFAULT-VALUE}).")
    int inFlight;

    @Option(names = "--max-retry-after", paramLabel = "DURATION", defaultValue = "PT5M",
            description = "Stop cleanly, leaving work pending, when the server asks to wait longer than this"
                    + " (ISO-8601, default: ${DEFAULT-VALUE}).")
    Duration maxRetryAfter;

    @Option(names = "--deadline", paramLabel = "DURATION",
            description = "End the run cleanly this long after it starts (ISO-8601, e.g. PT2H), leaving work pending.")
    Duration deadline;

    /** These options applied to {@code base}. */
    public GovernorConfig apply(GovernorConfig base) {
        GovernorConfig.Builder b = base.toBuilder().maxConcurrency(inFlight)
                .minConcurrency(Math.min(base.minConcurrency(), Math.max(1, inFlight)))
                .retryAfterCeiling(maxRetryAfter);
        if (deadline != null) {
            b.deadline(deadline);
        }
        return b.build();
    }
}
