package dev.gcsync.sync.report;

import java.time.Instant;
import java.util.List;

/**
 * The numbers of a run, as written to {@code summary.json} for schedulers and printed on the console.
 *
 * @param status     CONVERGED, FAILED or STOPPED (see RunStatus) — what the exit code says
 * @param exitCode   the process exit code this run ends with (0 converged, 1 failures, 3 stopped early)
 * @param effectiveRate requests per second actually sent over the apply phase
 * @param allowedRate   requests per second the org allowed (limit ÷ window)
 * @param notes      anything an operator must know (group memberships kept, stop reason, …)
 */
public record RunSummary(
        long runId,
        String status,
        int exitCode,
        Instant startedAt,
        Instant finishedAt,
        double wallSeconds,
        String target,
        String files,
        int usersListed,
        int usersChanged,
        int usersUnchanged,
        int usersConverged,
        int usersFailed,
        int usersPending,
        int usersInvalid,
        int opsPlanned,
        int opsDone,
        int opsFailed,
        int opsPending,
        long requests,
        long responses429,
        double secondsPaused,
        double effectiveRate,
        double allowedRate,
        List<String> notes) {

    public RunSummary {
        notes = List.copyOf(notes);
    }
}
