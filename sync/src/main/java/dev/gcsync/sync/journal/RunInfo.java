package dev.gcsync.sync.journal;

import java.time.Instant;
import java.util.Optional;

/**
 * One run as the journal has it: what {@code gcsync runs} lists and what resume decides on.
 *
 * @param target       the org's API the run wrote to: runs of one org share it
 * @param ops          its ops, counted as every report counts them ({@link OpCounts})
 * @param supersededBy the newer run that retired it, or 0
 * @param statusReason why the status is what it is, when the status alone does not say (a retired run)
 * @param resumes      how many times {@code gcsync resume} continued it
 */
public record RunInfo(
        long id,
        Instant startedAt,
        Instant finishedAt,
        RunStatus status,
        String files,
        String target,
        OpCounts ops,
        long supersededBy,
        String statusReason,
        int resumes) {

    /** {@code run 5 (apply of desired.yaml at 2026-12-04 13:20:05 UTC)}: how messages name a run. */
    public String describe() {
        return "run " + id + " (apply of " + files + " at " + Instants.seconds(startedAt) + ")";
    }

    public Optional<Instant> finished() {
        return Optional.ofNullable(finishedAt);
    }
}
