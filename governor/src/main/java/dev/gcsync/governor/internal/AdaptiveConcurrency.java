package dev.gcsync.governor.internal;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The bound on requests in flight, separate from the rate. The limit halves on a 5xx or a transport
 * fault and on latency above {@code 4 ×} the lowest seen for the same endpoint family (the server is
 * struggling; families differ too much to share one baseline: a bulk write is slower than a read), and grows
 * back by one after {@code limit} calm answers in a row; it stays within [min, max].
 *
 * <p>Thread safety: one lock; {@link #acquire()} waits on its condition for a free slot (an event, not
 * a time, so it is not a time-port wait).
 */
public final class AdaptiveConcurrency {
    private static final int SLOW_FACTOR = 4;

    private final int min;
    private final int max;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition freed = lock.newCondition();
    private int limit;
    private int inFlight;
    private int calmStreak;
    private final Map<String, Long> minLatency = new HashMap<>();

    public AdaptiveConcurrency(int min, int max) {
        this.min = min;
        this.max = max;
        this.limit = max;
    }

    public void acquire() throws InterruptedException {
        lock.lockInterruptibly();
        try {
            while (inFlight >= limit) {
                freed.await();
            }
            inFlight++;
        } finally {
            lock.unlock();
        }
    }

    /** Frees a slot; {@code struggling} for a 5xx or a transport fault. */
    public void release(String family, long latencyNanos, boolean struggling) {
        lock.lock();
        try {
            inFlight--;
            long lowest = minLatency.merge(family, Math.max(1, latencyNanos), Math::min);
            boolean slow = latencyNanos > SLOW_FACTOR * lowest && latencyNanos > 50_000_000L;
            if (struggling || slow) {
                limit = Math.max(min, limit / 2);
                calmStreak = 0;
            } else if (++calmStreak >= limit) {
                limit = Math.min(max, limit + 1);
                calmStreak = 0;
            }
            freed.signalAll();
        } finally {
            lock.unlock();
        }
    }

    public int limit() {
        lock.lock();
        try {
            return limit;
        } finally {
            lock.unlock();
        }
    }
}
