package dev.gcsync.sync.journal;

/**
 * Where a run is in its life, and — in {@link #canBecome} — the one rule for how that may change. A run never
 * goes back to an older desired state: once a later run of the same org exists, an unfinished run is retired
 * ({@link #SUPERSEDED}) and cannot be resumed.
 *
 * <pre>
 *             start
 *               │
 *               ▼        resume (its process died: the state-dir lock proves it)
 *   ┌──────► RUNNING ◄──┐
 *   │           │       └───┘
 *   │ resume    ├──► CONVERGED                      (final)
 *   │           ├──► FAILED ──── resume ──► RUNNING
 *   │           ├──► STOPPED ─── resume ──► RUNNING
 *   │           │       └──────── a newer apply ──► SUPERSEDED
 *   └───────────┴──────────────── a newer apply ──► SUPERSEDED (final)
 * </pre>
 */
public enum RunStatus {
    /** Sending, or its process died while it was (the journal cannot tell: the state-dir lock can). */
    RUNNING,
    /** Every planned op done and every user verified in the desired state. */
    CONVERGED,
    /** Finished, with failed ops or users not in the desired state. */
    FAILED,
    /** Stopped early (deadline, daily limit, long Retry-After, interrupted) with work pending: resume it. */
    STOPPED,
    /** Retired unfinished by a newer apply of the same org: its pending work is never sent. */
    SUPERSEDED;

    /** True when work may be left and a newer apply must retire the run before it starts. */
    public boolean unfinished() {
        return this == RUNNING || this == STOPPED;
    }

    /** The run lifecycle: every change of a run's status the journal makes is checked here. */
    public boolean canBecome(RunStatus next) {
        return switch (this) {
            // RUNNING → RUNNING is the resume of a run whose process died (kill -9, reboot)
            case RUNNING -> true;
            case STOPPED -> next == RUNNING || next == SUPERSEDED;
            case FAILED -> next == RUNNING;
            case CONVERGED, SUPERSEDED -> false;
        };
    }
}
