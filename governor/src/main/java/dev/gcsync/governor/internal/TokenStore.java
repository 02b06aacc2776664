package dev.gcsync.governor.internal;

import dev.gcsync.governor.BudgetStore;
import dev.gcsync.governor.LearnedLimit;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * The shared store as one token's buckets see it: every scope name is prefixed with {@code token:<name>:}, where
 * the name is the token's hash (a gateway's {@code t-…}, never the token), so that the processes that use the
 * same token (proxy replicas behind a load balancer) reserve its window's slots together and the others' tokens
 * stay apart. Only when the store is shared and the token has a name: otherwise the local store (today's
 * in-process pacing, no overhead). Does not own the store: {@link #close()} does nothing. Stateless.
 */
final class TokenStore implements BudgetStore {
    private final BudgetStore store;
    private final String prefix;

    private TokenStore(BudgetStore store, String prefix) {
        this.store = store;
        this.prefix = prefix;
    }

    /** {@code store} keyed by the token {@code name}, or the local store when there is nothing to share. */
    static BudgetStore of(BudgetStore store, Optional<String> name) {
        if (store == BudgetStore.local() || name.isEmpty()) {
            return BudgetStore.local();
        }
        return new TokenStore(store, "token:" + name.get() + ":");
    }

    @Override
    public Reservation reserve(String scope, long intervalNanos) {
        return store.reserve(prefix + scope, intervalNanos);
    }

    @Override
    public long pause(String scope, Duration pause) {
        return store.pause(prefix + scope, pause);
    }

    @Override
    public void learned(LearnedLimit limit) {
        store.learned(limit);
    }

    @Override
    public List<LearnedLimit> learnedLimits() {
        return store.learnedLimits();
    }

    @Override
    public StoreStatus status() {
        return store.status();
    }

    @Override
    public void close() {}
}
