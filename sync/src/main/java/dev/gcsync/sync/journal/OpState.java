package dev.gcsync.sync.journal;

/**
 * Where an op is in its life. The journal writes SENT before the request leaves, so that after a crash
 * an op found SENT is known to be "maybe applied" and is re-read rather than trusted or blindly replayed.
 */
public enum OpState {
    /** Planned, not sent yet. */
    PENDING,
    /** Sent (or about to be); the outcome is not known yet. */
    SENT,
    /** The server confirmed it. */
    DONE,
    /** Refused for good (a validation error, or retries exhausted); see the error. */
    FAILED,
    /** Its remaining work was re-planned under a newer op: by {@code resume}, or after a 409 and a re-read. */
    SUPERSEDED
}
