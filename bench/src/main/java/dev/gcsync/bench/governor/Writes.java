package dev.gcsync.bench.governor;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/** Runs one write per user on {@code threads} threads and counts the writes that failed. */
final class Writes {
    /** One write; false when the client gave up on it. */
    interface Write {
        boolean apply(String userId);
    }

    private Writes() {
    }

    static int run(List<String> userIds, int threads, Write write) throws InterruptedException {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<Boolean>> done = userIds.stream().map(id -> pool.submit(() -> write.apply(id))).toList();
            int failed = 0;
            for (Future<Boolean> f : done) {
                try {
                    failed += f.get() ? 0 : 1;
                } catch (java.util.concurrent.ExecutionException e) {
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
