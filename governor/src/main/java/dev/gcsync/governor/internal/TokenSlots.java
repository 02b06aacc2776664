package dev.gcsync.governor.internal;

import dev.gcsync.governor.BudgetStore;
import java.time.Duration;

/**
 * The slots of one of a token's own buckets ({@code token}, {@code bucket:<limit>}, {@code family:<name>}) in the
 * shared store, keyed by the token's hash ({@link TokenStore}): a process whose local pacing lets a request go
 * also takes the bucket's next slot in the store, at the interval it paces at, so that the processes sending the
 * same token take the token's window together instead of each as if alone. A 429 of the bucket pauses the slot
 * for all of them. With the local store it is {@link #NONE}: nothing is asked. When the shared store is away, the
 * interval is stretched by the store's cautious slowdown. Stateless (the store is thread-safe).
 */
final class TokenSlots {
    /**
     * Shared, a token's bucket is reserved at no more than this part of its allowed rate, however much its last
     * answer said was left: each process's count of what is left misses the requests the others have in flight,
     * and slots that straddle the server's window edge land in the next window (measured: two replicas, one
     * token, 20 per 2 s, 8 SDK threads: 2 refusals of 122 without it, none with it).
     */
    static final double SHARED_PACE = 0.95;

    static final TokenSlots NONE = new TokenSlots(BudgetStore.local(), "");

    private final BudgetStore store;
    private final String bucket;

    private TokenSlots(BudgetStore store, String bucket) {
        this.store = store;
        this.bucket = bucket;
    }

    /** The slots of {@code bucket} in {@code tokenStore} (a {@link TokenStore}, or the local store). */
    static TokenSlots of(BudgetStore tokenStore, String bucket) {
        return tokenStore == BudgetStore.local() ? NONE : new TokenSlots(tokenStore, bucket);
    }

    /**
     * Local pacing lets a request go at {@code now} ({@code interval} after the slot before, {@code lastSlot}):
     * 0 when the store (or, while it is away, the stretched local interval) lets it go too, else how long to wait.
     * {@code allowedPerSecond} is the bucket's limit over its window (0: unknown): the slots are at least
     * {@code 1 / (SHARED_PACE × allowed)} apart.
     */
    long waitNanos(long localInterval, double allowedPerSecond, long lastSlot, long now) {
        if (this == NONE) {
            return 0;
        }
        long intervalNanos = allowedPerSecond > 0
                ? Math.max(localInterval, (long) (1e9 / (SHARED_PACE * allowedPerSecond)))
                : localInterval;
        BudgetStore.Reservation r = store.reserve(bucket, Math.max(1, intervalNanos));
        if (r instanceof BudgetStore.Reservation.Shared shared) {
            return shared.waitNanos();
        }
        double slowdown = ((BudgetStore.Reservation.Local) r).slowdown();
        if (lastSlot == Long.MIN_VALUE) {
            return 0;
        }
        return Math.max(0, lastSlot + (long) (intervalNanos * slowdown) - now);
    }

    /** The bucket refused: every process that sends the token holds it for {@code pause}. */
    void pause(Duration pause) {
        if (this != NONE) {
            store.pause(bucket, pause);
        }
    }
}
