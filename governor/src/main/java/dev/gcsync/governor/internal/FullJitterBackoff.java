package dev.gcsync.governor.internal;

import java.time.Duration;

/**
 * Full-jitter exponential backoff (as in AWS's "Exponential Backoff and Jitter"): a uniform draw in
 * {@code [0, min(max, base × 2^(retry−1))]}. Pure: the random draw in [0, 1) is passed in.
 */
public final class FullJitterBackoff {
    private FullJitterBackoff() {}

    /** The delay before retry number {@code retry} (1 for the first retry). */
    public static long delayNanos(Duration base, Duration max, int retry, double random) {
        if (random < 0 || random >= 1) {
            throw new IllegalArgumentException("random draw must be in [0, 1), was " + random);
        }
        int exponent = Math.max(0, Math.min(retry - 1, 30));
        double cap = Math.min((double) max.toNanos(), base.toNanos() * Math.pow(2, exponent));
        return (long) (cap * random);
    }
}
