package dev.gcsync.governor.internal;

/** What the classification table says to do with one attempt's result. */
public enum Verdict {
    SUCCESS,
    /** 429: not applied; retry once the scope's pause is over. */
    THROTTLED,
    /** 502/503/504, timeout, reset on an idempotent call: retry after full-jitter backoff. */
    RETRY_BACKOFF,
    /** Connection refused: never reached the server, so safe to retry whatever the method. */
    RETRY_NOT_SENT,
    /** Same faults on a non-idempotent call: hand back AMBIGUOUS. */
    AMBIGUOUS,
    /** 401: hand back to the auth link (one refresh, one retry). */
    UNAUTHORIZED,
    /** 409. */
    CONFLICT,
    /** Any other 4xx, or an unexpected 5xx: fail now. */
    FAIL
}
