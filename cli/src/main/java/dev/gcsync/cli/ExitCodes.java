package dev.gcsync.cli;

/**
 * gcsync's process exit codes, shared by every command (see docs/user-guide.md).
 * They follow Terraform's {@code -detailed-exitcode}: 2 is reserved for "changes pending",
 * so a command-line usage error exits 1.
 */
public final class ExitCodes {
    /** In sync, applied and converged, or the command did what was asked. */
    public static final int OK = 0;
    /** Failures: bad input, unreachable org, failed operations, usage errors. */
    public static final int FAILURE = 1;
    /** {@code plan}: changes are pending. */
    public static final int CHANGES_PENDING = 2;
    /** Stopped early (deadline, daily limit, long Retry-After) with work pending in the journal. */
    public static final int STOPPED_EARLY = 3;

    private ExitCodes() {
    }
}
