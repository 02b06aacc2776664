package dev.gcsync.sync.engine;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * Reads one value per key on up to {@code parallelism} threads at once: the members of many queues, say.
 * The governor still paces every request; this only stops a large org's reads from waiting on each
 * other's latency. The first failure is rethrown as it was thrown, and the other reads are cancelled.
 */
final class ParallelReads {
    private ParallelReads() {}

    static <K, V> Map<K, V> read(Collection<K> keys, int parallelism, Function<K, V> read) {
        Map<K, V> out = new HashMap<>();
        if (keys.size() <= 1 || parallelism <= 1) {
            keys.forEach(k -> out.put(k, read.apply(k)));
            return out;
        }
        AtomicInteger n = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(parallelism, keys.size()), r -> {
            Thread t = new Thread(r, "gcsync-read-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        try {
            Map<K, Future<V>> pending = new LinkedHashMap<>();
            keys.forEach(k -> pending.put(k, pool.submit(() -> read.apply(k))));
            for (Map.Entry<K, Future<V>> e : pending.entrySet()) {
                out.put(e.getKey(), await(e.getValue()));
            }
            return out;
        } finally {
            pool.shutdownNow();
        }
    }

    private static <V> V await(Future<V> future) {
        try {
            return future.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading the org", e);
        }
    }
}
