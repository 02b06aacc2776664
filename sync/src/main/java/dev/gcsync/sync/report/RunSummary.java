package dev.gcsync.sync.report;

import com.fasterxml.jackson.annotation.JsonCreator;
import java.time.Instant;
import java.util.List;

/**
 * The numbers of a run, as written to {@code summary.json} for schedulers and printed on the console.
 *
 * @param status     CONVERGED, FAILED or STOPPED (see RunStatus) — what the exit code says
 * @param exitCode   the process exit code this run ends with (0 converged, 1 failures, 3 stopped early)
 * @param effectiveRate requests per second actually sent over the apply phase
 * @param allowedRate   requests per second the scope that bound the run allowed (limit ÷ window; of an org's
 *                      bucket the budget share of it)
 * @param notes      anything an operator must know (group memberships kept, stop reason, …)
 * @param opsReplaced ops re-planned under newer ones (by resume, or after a 409): not in {@code opsPlanned}
 * @param resumes    how many times {@code gcsync resume} continued the run; every figure covers all its parts
 * @param activeSeconds the time gcsync worked on the run, summed over its parts (the effective rate's divisor)
 * @param bound      the scope that bound the run, counted as it counts ({@code allowedRate} is its allowed rate);
 *                   null in runs recorded before it was counted
 * @param tokenAllowedRate requests per second the token's own limit allowed (every token of a pool added), 0
 *                   when unknown: {@code effectiveRate} against it is the token's figure
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
        List<String> notes,
        int opsReplaced,
        int resumes,
        double activeSeconds,
        BoundScope bound,
        double tokenAllowedRate) {

    @JsonCreator
    public RunSummary {
        notes = List.copyOf(notes);
    }
}
