package dev.gcsync.governor.internal;

import dev.gcsync.governor.RateSignal;

/**
 * What is known of the server's current fixed window: its reset time, the requests left in it, its limit
 * and (learned) length. Pure arithmetic on nanosecond timestamps; not thread-safe (its owner locks).
 *
 * <p>An answer's {@code remaining} is stale by the requests granted after that request: those are
 * subtracted ({@code grantedAfter}). Within one window the estimate only ever goes down (answers arrive
 * out of order; the lower one is the safe one); a reset more than {@link #tolerance()} later than the
 * known one starts a new window, one more than that earlier comes from an old window and is ignored.
 */
public final class QuotaWindow {
    /** Reset headers are whole seconds: estimates of one reset differ by up to 1 s plus latency. */
    static final long MAX_TOLERANCE_NANOS = 1_500_000_000L;

    private boolean known;
    private long resetAt;
    private double remaining;
    private long limit;
    private long windowNanos;

    /** Takes in a signal read from an answer received at {@code now}. */
    public void observe(RateSignal signal, long now, long grantedAfter) {
        long candidate = now + signal.resetIn().toNanos();
        windowNanos = Math.max(windowNanos, signal.resetIn().toNanos());
        double estimate = signal.remaining() - (double) grantedAfter;
        limit = signal.limit();
        if (!known || candidate > resetAt + tolerance()) {
            known = true;
            resetAt = candidate;
            remaining = estimate;
        } else if (candidate >= resetAt - tolerance()) {
            resetAt = Math.min(resetAt, candidate);
            remaining = Math.min(remaining, estimate);
        }
    }

    /** The server refused: nothing is left until the reset (moved to {@code notBefore} if later). */
    public void exhaust(long notBefore) {
        if (known) {
            remaining = 0;
            resetAt = Math.max(resetAt, notBefore);
        }
    }

    /** Forgets everything, limit and learned length included (the headers turned out to describe another bucket). */
    public void reset() {
        known = false;
        remaining = 0;
        limit = 0;
        windowNanos = 0;
    }

    /** Known, current, and with at least {@code share} of its limit (and 2 requests) left. */
    public boolean hasRoom(long now, double share) {
        return known && now < resetAt && remaining >= Math.max(2, share * limit);
    }

    /** Forgets the window (its reset passed and the next answer said nothing). */
    public void forget() {
        known = false;
    }

    public void consume() {
        remaining -= 1;
    }

    public boolean known() {
        return known;
    }

    /** Known, and its reset has passed: the server has started a window we know nothing of yet. */
    public boolean expired(long now) {
        return known && now >= resetAt;
    }

    /** Known and current, but with nothing left: wait until {@link #resetAt()}. */
    public boolean exhausted(long now) {
        return known && now < resetAt && remaining < 1;
    }

    /** Spacing that spreads the remaining quota evenly until the reset; only for a current window. */
    public long spreadIntervalNanos(long now) {
        return (long) ((resetAt - now) / Math.max(1.0, remaining));
    }

    public long windowNanos() {
        return windowNanos;
    }

    public long limit() {
        return limit;
    }

    public long resetAt() {
        return resetAt;
    }

    public double remaining() {
        return known ? Math.max(0, remaining) : Double.NaN;
    }

    /** The window's limit per second of its learned length, or 0 if none learned. */
    public double allowedRatePerSecond() {
        return limit > 0 && windowNanos > 0 ? limit * 1e9 / windowNanos : 0;
    }

    private long tolerance() {
        return windowNanos > 0 ? Math.min(MAX_TOLERANCE_NANOS, windowNanos / 2) : MAX_TOLERANCE_NANOS;
    }
}
