package dev.gcsync.sync.journal;

import java.time.Instant;

/** One row of {@code gcsync runs}. */
public record RunInfo(long id, Instant startedAt, Instant finishedAt, RunStatus status, String files, String target,
        int opsTotal, int opsDone, int opsFailed, int opsPending) {
}
