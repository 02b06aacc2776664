package dev.gcsync.proxy.internal;

import dev.gcsync.genesys.gateway.TokenGovernors;
import dev.gcsync.governor.GovernorConfig;
import dev.gcsync.governor.GovernorListener;
import dev.gcsync.governor.LearnedLimit;
import dev.gcsync.governor.OrgBudget;
import dev.gcsync.governor.RateSignalParser;
import dev.gcsync.governor.TimeSource;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.DoubleSupplier;

/**
 * The proxy's lanes by token name: the gateway's governors ({@link TokenGovernors}: hashing, eviction, learned
 * limits shared with new tokens, one org budget) each behind a {@link TokenLane}, and the bound on the requests
 * held across all tokens. Thread-safe: concurrent map and queue, and an atomic.
 */
public final class TokenLanes {
    static final long IDLE_NANOS = TokenGovernors.IDLE_NANOS;

    private final AtomicInteger admittedAll = new AtomicInteger();
    private final int capacityAll;
    private final TokenGovernors<TokenLane> governors;
    /** Lanes the map's own sweep forgot since the last {@link #evictIdle}: told to its listener there. */
    private final Queue<String> swept = new ConcurrentLinkedQueue<>();

    public TokenLanes(
            GovernorConfig governor,
            int concurrency,
            int queueCapacity,
            int capacityAll,
            TimeSource time,
            DoubleSupplier random,
            RateSignalParser parser) {
        this(governor, new OrgBudget(governor), concurrency, queueCapacity, capacityAll, time, random, parser);
    }

    /**
     * @param capacityAll requests held at once across every token (each holds a server thread): a lane's own
     *                    bound ({@code concurrency + queueCapacity}) is per token, and many tokens would
     *                    otherwise take every thread and leave new requests queued without a bound or a hold
     */
    public TokenLanes(
            GovernorConfig governor,
            OrgBudget budget,
            int concurrency,
            int queueCapacity,
            int capacityAll,
            TimeSource time,
            DoubleSupplier random,
            RateSignalParser parser) {
        this.capacityAll = capacityAll;
        this.governors = new TokenGovernors<>(
                governor,
                budget,
                time,
                random,
                parser,
                GovernorListener.none(),
                (name, now, governorFor) -> new TokenLane(name, concurrency, queueCapacity, now, governorFor),
                swept::add);
    }

    /** The token's lane, marked used now (see {@link TokenGovernors#forName}). */
    TokenLane lane(String name) {
        return governors.forName(name);
    }

    /** Admits one more request across all tokens unless {@code capacityAll} are held already. */
    boolean tryEnterAny() {
        if (admittedAll.incrementAndGet() > capacityAll) {
            admittedAll.decrementAndGet();
            return false;
        }
        return true;
    }

    void leaveAny() {
        admittedAll.decrementAndGet();
    }

    /** What the lanes' governors have learned of hidden buckets, by endpoint family (the latest of each). */
    public List<LearnedLimit> learned() {
        return governors.learned();
    }

    public List<TokenLane> all() {
        return governors.all();
    }

    /**
     * Forgets lanes idle for an hour; {@code forgotten} hears each one's name, and the names of the lanes the
     * map forgot by itself since the last call (it sweeps on lookups too, see {@link TokenGovernors#forName}).
     */
    public void evictIdle(Consumer<String> forgotten) {
        governors.evictIdle(forgotten);
        for (String name = swept.poll(); name != null; name = swept.poll()) {
            forgotten.accept(name);
        }
    }
}
