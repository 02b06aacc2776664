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
public record SyncOptions(int inFlight, boolean skipInvalid, int maxRemovals, int maxChangedUsers, boolean force,
        int verifyRetries, Duration verifyWait) {

    public SyncOptions {
        if (inFlight < 1 || inFlight > 64) {
            throw new IllegalArgumentException("--in-flight must be from 1 to 64, was " + inFlight);
        }
        if (verifyRetries < 0) {
            throw new IllegalArgumentException("verify retries must be ≥ 0, was " + verifyRetries);
        }
    }

    public static SyncOptions defaults() {
        return new SyncOptions(8, false, -1, -1, false, 5, Duration.ofSeconds(2));
    }

    public SyncOptions withSkipInvalid(boolean skip) {
        return new SyncOptions(inFlight, skip, maxRemovals, maxChangedUsers, force, verifyRetries, verifyWait);
    }

    /** The removal limit for a desired state listing {@code listedUsers} users. */
    public long removalLimit(int listedUsers) {
        return maxRemovals >= 0 ? maxRemovals : Math.max(1, (long) Math.ceil(listedUsers * 0.10));
    }
}
