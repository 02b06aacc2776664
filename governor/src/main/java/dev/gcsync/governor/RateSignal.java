package dev.gcsync.governor;

import java.time.Duration;

/**
 * What a response says about its rate-limit window: the limit of the window, the requests still allowed
 * in it, and the time until it resets.
 *
 * @param limit     requests allowed per window (&gt; 0)
 * @param remaining requests still allowed in the current window (may be 0, never negative)
 * @param resetIn   time until the window resets (≥ 0)
 */
public record RateSignal(long limit, long remaining, Duration resetIn) {
    public RateSignal {
        if (limit <= 0) {
            throw new IllegalArgumentException("rate signal limit must be > 0, was " + limit);
        }
        if (resetIn.isNegative()) {
            throw new IllegalArgumentException("rate signal resetIn must be >= 0, was " + resetIn);
        }
        remaining = Math.max(0, Math.min(remaining, limit));
    }
}
