package dev.gcsync.bench.common;

import dev.gcsync.governor.TimeSource;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Runs one write per item on {@code threads} threads and counts the writes that failed. With a deadline,
 * writes still running at the deadline are interrupted and count as failed (a client may park a thread for a
 * whole Retry-After, e.g. hours for a daily limit).
 */
public final class Writes {
    /** One write; false when the client gave up on it. */
    public interface Write<T> {
        boolean apply(T item);
    }

    private Writes() {}

    public static <T> int run(List<T> items, int threads, Write<T> write) throws InterruptedException {
        return run(items, threads, write, TimeSource.system(), Long.MAX_VALUE);
    }

    /** As {@link #run(List, int, Write)}, giving up at {@code deadlineNanos} ({@link TimeSource#nanoTime()}). */
    public static <T> int run(List<T> items, int threads, Write<T> write, TimeSource time, long deadlineNanos)
            throws InterruptedException {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<Boolean>> done = items.stream()
                    .map(item -> pool.submit(() -> write.apply(item)))
                    .toList();
            int failed = 0;
            for (Future<Boolean> f : done) {
                try {
                    long left = deadlineNanos == Long.MAX_VALUE ? Long.MAX_VALUE : deadlineNanos - time.nanoTime();
                    failed += f.get(Math.max(0, left), TimeUnit.NANOSECONDS) ? 0 : 1;
                } catch (ExecutionException | TimeoutException e) {
                    failed++;
                }
            }
            return failed;
        } finally {
            pool.shutdownNow();
            pool.awaitTermination(1, TimeUnit.MINUTES);
        }
    }
}
