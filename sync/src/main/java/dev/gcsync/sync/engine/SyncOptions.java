package dev.gcsync.sync.engine;

import java.time.Duration;

/**
 * How a sync runs.
 *
 * @param inFlight       writes in flight at once (the governor may allow fewer)
 * @param skipInvalid    apply the valid entries of a desired state that has problems, and report the rest
 * @param maxRemovals    removal lines a plan may hold before apply refuses; negative = 10% of listed users
 * @param maxChangedUsers users a plan may change before apply refuses; negative = no limit
 * @param force          apply even beyond the safety rails
 * @param verifyRetries  how many more times verify re-reads queue memberships that have not caught up yet
 * @param verifyWait     the wait before each such re-read (Genesys shows membership changes with a delay)
 */
public record SyncOptions(
        int inFlight,
        boolean skipInvalid,
        int maxRemovals,
        int maxChangedUsers,
        boolean force,
        int verifyRetries,
        Duration verifyWait) {

    public SyncOptions {
        if (inFlight < 1 || inFlight > 64) {
            throw new IllegalArgumentException("--in-flight must be from 1 to 64, was " + inFlight);
        }
        if (verifyRetries < 0) {
            throw new IllegalArgumentException("verify retries must be ≥ 0, was " + verifyRetries);
        }
    }

    /** {@code maxRemovals}: 10% of the listed users (at least 1). */
    public static final int REMOVALS_TEN_PERCENT = -1;
    /** {@code maxChangedUsers}: no limit. */
    public static final int NO_USER_LIMIT = -1;

    /**
     * 8 in flight, no skipping, removals up to 10% of listed users, no changed-users limit, not forced, 5 more
     * verify reads 2 s apart. Callers change what they mean with the {@code with…} methods.
     */
    public static SyncOptions defaults() {
        return new SyncOptions(8, false, REMOVALS_TEN_PERCENT, NO_USER_LIMIT, false, 5, Duration.ofSeconds(2));
    }

    public SyncOptions withInFlight(int n) {
        return new SyncOptions(n, skipInvalid, maxRemovals, maxChangedUsers, force, verifyRetries, verifyWait);
    }

    public SyncOptions withSkipInvalid(boolean skip) {
        return new SyncOptions(inFlight, skip, maxRemovals, maxChangedUsers, force, verifyRetries, verifyWait);
    }

    public SyncOptions withMaxRemovals(int n) {
        return new SyncOptions(inFlight, skipInvalid, n, maxChangedUsers, force, verifyRetries, verifyWait);
    }

    public SyncOptions withMaxChangedUsers(int n) {
        return new SyncOptions(inFlight, skipInvalid, maxRemovals, n, force, verifyRetries, verifyWait);
    }

    public SyncOptions withForce(boolean f) {
        return new SyncOptions(inFlight, skipInvalid, maxRemovals, maxChangedUsers, f, verifyRetries, verifyWait);
    }

    /** The removal limit for a desired state listing {@code listedUsers} users. */
    public long removalLimit(int listedUsers) {
        return maxRemovals >= 0 ? maxRemovals : Math.max(1, (long) Math.ceil(listedUsers * 0.10));
    }
}
