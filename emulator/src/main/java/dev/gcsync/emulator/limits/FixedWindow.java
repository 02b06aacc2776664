package dev.gcsync.emulator.limits;

/**
 * A fixed window counter: the window opens at the first request after the previous one closed.
 * Not thread-safe: guarded by its {@link RateLimiter}.
 */
final class FixedWindow {
    private long startMillis = Long.MIN_VALUE;
    private long lengthMillis;
    private int count;

    /** Rolls to a new window if the current one has closed at {@code now}. */
    void roll(long now, long length) {
        if (startMillis == Long.MIN_VALUE || now >= startMillis + lengthMillis || now < startMillis) {
            startMillis = now;
            lengthMillis = length;
            count = 0;
        }
    }

    /** Rolls to the window aligned on multiples of {@code length} since the epoch (UTC days). */
    void rollAligned(long now, long length) {
        long start = now - Math.floorMod(now, length);
        if (start != startMillis) {
            startMillis = start;
            lengthMillis = length;
            count = 0;
        }
    }

    int count() {
        return count;
    }

    void add(int cost) {
        count += cost;
    }

    long remainingMillis(long now) {
        return Math.max(0, startMillis + lengthMillis - now);
    }

    /** True when {@code cost} more would exceed {@code limit}; a lone oversized call is let through. */
    boolean wouldExceed(int cost, int limit) {
        return count >= limit || (count > 0 && count + cost > limit);
    }
}
