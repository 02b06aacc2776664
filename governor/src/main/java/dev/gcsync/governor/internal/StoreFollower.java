package dev.gcsync.governor.internal;

import dev.gcsync.governor.BudgetStore;
import dev.gcsync.governor.LearnedLimit;
import dev.gcsync.governor.TimeSource;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
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
 * it through the pause marks of its reservations), but takes a higher estimate another process learned since this
 * process was last refused ({@link PacedBucket#adopt}). Without a shared store it does nothing.
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

    /**
     * Reads the store when its turn has come, and paces the shared buckets found elsewhere in {@code scopes}.
     * Returns true when a bucket of {@code scopes} was added or changed.
     */
    boolean follow(TimeSource time, SharedScopes scopes) {
        if (store == BudgetStore.local()) {
            return false;
        }
        long now = time.nanoTime();
        long next = nextAt.get();
        if (now < next || !nextAt.compareAndSet(next, now + EVERY_NANOS)) {
            return false;
        }
        Instant wallNow = time.wallClock();
        boolean changed = false;
        for (LearnedLimit l : store.learnedLimits()) {
            if (!l.kind().shared()) {
                continue;
            }
            Optional<PacedBucket> known = scopes.of(l.family());
            if (known.isPresent()) {
                long age = Math.max(0, Duration.between(l.learnedAt(), wallNow).toNanos());
                double before = known.get().estimate();
                if (known.get().adopt(l.limit(), now - age)) {
                    changed = true;
                    LOG.info(
                            "{}: another process estimates the {} bucket at {} per {} ms (learned {}); this process"
                                    + " had {}: pacing it with them from that",
                            l.family(),
                            l.scope(),
                            l.limit(),
                            l.window().toMillis(),
                            l.learnedAt(),
                            Math.round(before));
                }
            } else {
                scopes.preload(l, wallNow);
                changed = true;
                LOG.info(
                        "{}: a {} bucket another process found ({} per {} ms, learned {}); pacing it with them",
                        l.family(),
                        l.scope(),
                        l.limit(),
                        l.window().toMillis(),
                        l.learnedAt());
            }
        }
        return changed;
    }
}
