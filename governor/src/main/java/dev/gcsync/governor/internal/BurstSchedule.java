package dev.gcsync.governor.internal;

/**
 * Pacing for a fixed-window bucket whose limit and window are known (measured): a window opens with the
 * first request sent after the previous one closed, up to {@code limit} requests go at once, and the next
 * window opens {@code guard} after this one's end. That uses the whole bucket, as a fixed window allows,
 * where even spacing would leave the last window of a run half used. Only for a bucket taken to be this
 * token's own: one that may be shared is paced evenly ({@link PacedBucket}), as a burst would take what the
 * others were about to use.
 *
 * <p>The server's window opened when that first request arrived, somewhere between its sending and its
 * answer; so the window is counted from the answer (the next one cannot open before it has come back), and
 * the guard covers what is left: clock granularity and the server's own timing. Not thread-safe: its
 * {@code RateScope} locks it.
 */
public final class BurstSchedule {
    private int limit;
    private long window;
    private long guard;
    private long start = Long.MIN_VALUE;
    private long firstSeq = -1;
    private boolean firstBack;
    private int used;

    public BurstSchedule(int limit, long windowNanos, long guardNanos) {
        this.limit = limit;
        this.window = windowNanos;
        this.guard = guardNanos;
    }

    /** A new measurement of the same bucket: the window in progress keeps what it has used. */
    public void resize(int newLimit, long windowNanos, long guardNanos) {
        limit = newLimit;
        window = windowNanos;
        guard = guardNanos;
    }

    /** The interval of the window's requests spread evenly over it (what several processes share it at). */
    public long spreadNanos() {
        return Math.max(1, (window - 2 * guard) / Math.max(1, limit));
    }

    /** 0 when a request may go at {@code now}, else how long to wait. */
    public long waitNanos(long now) {
        if (start == Long.MIN_VALUE || (firstBack && now >= start + window + guard)) {
            return 0;
        }
        if (used < limit && now < start + window - guard) {
            return 0;
        }
        if (!firstBack) {
            return Math.max(guard, start + window + guard - now); // ask again once the first answer is back
        }
        return start + window + guard - now;
    }

    /** A permit numbered {@code seq} was granted at {@code now} (after {@link #waitNanos} said 0). */
    public void grant(long now, long seq) {
        if (start == Long.MIN_VALUE || (firstBack && now >= start + window + guard)) {
            start = now;
            firstSeq = seq;
            firstBack = false;
            used = 0;
        }
        used++;
    }

    /** The permit {@code seq} was answered (or given up on) at {@code now}. */
    public void onBack(long seq, long now) {
        if (seq == firstSeq && !firstBack) {
            start = Math.max(start, now);
            firstBack = true;
        }
    }

    /** The server refused: the next request opens a new window (it comes after the pause). */
    public void restart() {
        start = Long.MIN_VALUE;
    }
}
