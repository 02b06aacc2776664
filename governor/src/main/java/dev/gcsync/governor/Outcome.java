package dev.gcsync.governor;

/** How a governed call ended: the decision the caller acts on. */
public enum Outcome {
    /** A 1xx–3xx answer (2xx in practice). */
    SUCCESS,
    /** 409: the caller re-reads and re-diffs. */
    CONFLICT,
    /** A non-idempotent request met a 5xx, a timeout or a reset: it may or may not have been applied. */
    AMBIGUOUS,
    /** A 401 the auth link could not cure with one token refresh. */
    UNAUTHORIZED,
    /** Any other 4xx (or a 5xx that is not transient): failed, never retried. */
    FAILED,
    /** A retryable fault persisted past the attempt cap or the retry budget. */
    RETRIES_EXHAUSTED,
    /** The server asked to wait longer than the configured ceiling: leave the rest pending. */
    STOPPED_RATE_LIMITED,
    /** The run deadline came before the call could be made. */
    STOPPED_DEADLINE,
    /** The calling thread was interrupted while waiting (its interrupt flag is set again). */
    INTERRUPTED;

    /** True for the outcomes that mean "stop the run, leave the rest pending". */
    public boolean stopsRun() {
        return this == STOPPED_RATE_LIMITED || this == STOPPED_DEADLINE || this == INTERRUPTED;
    }
}
