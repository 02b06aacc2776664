package dev.gcsync.sync.journal;

/** How a run ended (or that it has not). */
public enum RunStatus {
    RUNNING,
    /** Every planned op done and every user verified in the desired state. */
    CONVERGED,
    /** Finished, with failed ops or users not in the desired state. */
    FAILED,
    /** Stopped early (deadline, daily limit, long Retry-After, interrupted) with work pending: resume it. */
    STOPPED
}
