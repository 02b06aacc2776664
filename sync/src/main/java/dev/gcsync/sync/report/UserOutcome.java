package dev.gcsync.sync.report;

/**
 * One user's line in a run's report.
 *
 * @param label   the user as the desired state names them (usually the email)
 * @param changes the readable diff, e.g. {@code + skill Billing 4; ~ skill X 3→4}
 * @param before  the current values of what changes, e.g. {@code skill X 3}
 * @param after   the desired values of what changes
 * @param attempts requests sent for this user's ops (retries included)
 * @param error   why the user failed or is pending; empty otherwise
 */
public record UserOutcome(
        String userId,
        String label,
        Status status,
        String changes,
        String before,
        String after,
        int attempts,
        String error) {

    /** A user's end state in a run. */
    public enum Status {
        /** Already in the desired state: no write. */
        UNCHANGED,
        /** Changed, and read back in the desired state. */
        CONVERGED,
        /** Changed, but the read-back differs (see error). */
        NOT_CONVERGED,
        /** An op for the user failed for good. */
        FAILED,
        /** Work left in the journal: the run stopped early; resume it. */
        PENDING,
        /** Left out: the entry had problems (--skip-invalid). */
        INVALID
    }
}
