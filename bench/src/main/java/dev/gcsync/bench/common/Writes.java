package dev.gcsync.bench.common;

import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/** Runs one write per item on {@code threads} threads and counts the writes that failed. */
public final class Writes {
    /** One write; false when the client gave up on it. */
    public interface Write<T> {
        boolean apply(T item);
    }

    private Writes() {
    }

    public static <T> int run(List<T> items, int threads, Write<T> write) throws InterruptedException {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<Boolean>> done = items.stream().map(item -> pool.submit(() -> write.apply(item))).toList();
            int failed = 0;
            for (Future<Boolean> f : done) {
                try {
                    failed += f.get() ? 0 : 1;
                } catch (ExecutionException e) {
                    failed++;
                }
            }
            return failed;
        } finally {
            pool.shutdown();
            pool.awaitTermination(1, TimeUnit.MINUTES);
        }
    }
}
