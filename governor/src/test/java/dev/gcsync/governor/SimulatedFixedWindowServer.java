package dev.gcsync.governor;

import java.time.Duration;

/**
 * A fixed-window rate limiter as a server applies it, in virtual nanoseconds: {@code limit} requests per
 * window, windows starting at {@code phase + k × window}; answers say limit/remaining/reset (whole seconds,
 * rounded up), refusals say Retry-After (whole seconds, rounded up).
 */
final class SimulatedFixedWindowServer {
    record Answer(boolean refused, RateSignal signal, Duration retryAfter) {}

    private final long limit;
    private final long window;
    private final long phase;
    private long currentWindow = Long.MIN_VALUE;
    private long used;
    long accepted;
    long refused;

    SimulatedFixedWindowServer(long limit, long windowNanos, long phaseNanos) {
        this.limit = limit;
        this.window = windowNanos;
        this.phase = phaseNanos;
    }

    Answer arrive(long now) {
        long index = Math.floorDiv(now - phase, window);
        if (index != currentWindow) {
            currentWindow = index;
            used = 0;
        }
        long resetAt = phase + (index + 1) * window;
        Duration resetIn = Duration.ofSeconds(ceilSeconds(resetAt - now));
        if (used >= limit) {
            refused++;
            return new Answer(true, new RateSignal(limit, 0, resetIn), resetIn);
        }
        used++;
        accepted++;
        return new Answer(false, new RateSignal(limit, limit - used, resetIn), Duration.ZERO);
    }

    private static long ceilSeconds(long nanos) {
        return (nanos + 999_999_999L) / 1_000_000_000L;
    }
}
