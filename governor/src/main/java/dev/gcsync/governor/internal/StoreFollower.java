package dev.gcsync.governor.internal;

import dev.gcsync.governor.BudgetStore;
import dev.gcsync.governor.LearnedLimit;
import dev.gcsync.governor.TimeSource;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Follows, while this process runs, the shared buckets that other processes sharing the store found: at most
 * once every {@link #EVERY_NANOS} (on the request path, by the one caller whose turn it is: one read of the
 * store, no extra round trip on any other request), it reads the store's learned limits and paces each org or
 * client bucket this process does not know yet through the store's reservation from its next request. A pause
 * another process set on that bucket is in the store under the bucket's name, so the first reservation meets it
 * and holds this process too. A bucket this process knows already is left as it is (the others' refusals reach
 * it through the pause marks of its reservations). Without a shared store it does nothing.
 *
 * <p>Thread safety: one atomic says whose turn it is; the buckets are created in {@link SharedScopes}' concurrent
 * map.
 */
final class StoreFollower {
    private static final Logger LOG = LoggerFactory.getLogger(StoreFollower.class);
    /** Within about a second of another process finding a bucket (Genesys' windows are 60 s; test ones 1–5 s). */
    static final long EVERY_NANOS = 1_000_000_000L;

    private final BudgetStore store;
    private final AtomicLong nextAt = new AtomicLong(Long.MIN_VALUE);

    StoreFollower(BudgetStore store) {
        this.store = store;
    }

    /** Reads the store when its turn has come, and paces the shared buckets found elsewhere in {@code scopes}. */
    void follow(TimeSource time, SharedScopes scopes) {
        if (store == BudgetStore.local()) {
            return;
        }
        long now = time.nanoTime();
        long next = nextAt.get();
        if (now < next || !nextAt.compareAndSet(next, now + EVERY_NANOS)) {
            return;
        }
        Instant wallNow = time.wallClock();
        for (LearnedLimit l : store.learnedLimits()) {
            if (l.kind().shared() && scopes.of(l.family()).isEmpty()) {
                scopes.preload(l, wallNow);
                LOG.info(
                        "{}: a {} bucket another process found ({} per {} ms, learned {}); pacing it with them",
                        l.family(),
                        l.scope(),
                        l.limit(),
                        l.window().toMillis(),
                        l.learnedAt());
            }
        }
    }
}
