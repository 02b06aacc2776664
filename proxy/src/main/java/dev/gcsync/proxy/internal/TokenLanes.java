package dev.gcsync.proxy.internal;

import dev.gcsync.governor.Governor;
import dev.gcsync.governor.GovernorConfig;
import dev.gcsync.governor.GovernorEvent;
import dev.gcsync.governor.GovernorListener;
import dev.gcsync.governor.LearnedLimit;
import dev.gcsync.governor.RateSignalParser;
import dev.gcsync.governor.TimeSource;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.DoubleSupplier;

/**
 * The lanes by token hash, created on a token's first request, forgotten after an hour without one (tokens
 * live 24 h by default; a new token is a new lane, as it is a new bucket on the server). What a lane's
 * governor learns of a hidden bucket ({@link LearnedLimit}) is kept here and given to every governor created
 * after it, so that the next token (tomorrow's, or another process's) is paced under the bucket from its first
 * request instead of meeting its first 429 again; a token whose bucket is smaller is refused once and
 * measured anew. Thread-safe: concurrent maps.
 */
public final class TokenLanes {
    static final long IDLE_NANOS = 3_600_000_000_000L;

    private final ConcurrentMap<String, TokenLane> lanes = new ConcurrentHashMap<>();
    private final ConcurrentMap<String, LearnedLimit> learned = new ConcurrentHashMap<>();
    private final AtomicInteger admittedAll = new AtomicInteger();
    private final int capacityAll;
    private final GovernorConfig governor;
    private final int concurrency;
    private final int queueCapacity;
    private final TimeSource time;
    private final DoubleSupplier random;
    private final RateSignalParser parser;

    /**
     * @param capacityAll requests held at once across every token (each holds a server thread): a lane's own
     *                    bound ({@code concurrency + queueCapacity}) is per token, and many tokens would
     *                    otherwise take every thread and leave new requests queued without a bound or a hold
     */
    public TokenLanes(GovernorConfig governor, int concurrency, int queueCapacity, int capacityAll, TimeSource time,
                      DoubleSupplier random, RateSignalParser parser) {
        this.capacityAll = capacityAll;
        this.governor = governor;
        this.concurrency = concurrency;
        this.queueCapacity = queueCapacity;
        this.time = time;
        this.random = random;
        this.parser = parser;
    }

    /**
     * The token's lane, marked used now. Found and marked in one step of the map, as eviction decides in one
     * step too: a lane handed out cannot be evicted before its request enters it (which would leave the token
     * with two lanes, two governors, twice the rate).
     */
    TokenLane lane(String hash) {
        long now = time.nanoTime();
        return lanes.compute(hash, (h, l) -> {
            TokenLane lane = l != null ? l : new TokenLane(h, concurrency, queueCapacity, now, this::governorFor);
            lane.touch(now);
            return lane;
        });
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
        return List.copyOf(learned.values());
    }

    private Governor governorFor(GovernorListener lane) {
        Governor created = new Governor(governor, time, random, parser, event -> {
            if (event instanceof GovernorEvent.LimitLearned l) {
                learned.put(l.limit().family(), l.limit());
            }
            lane.onEvent(event);
        });
        created.startFrom(learned());
        return created;
    }

    public List<TokenLane> all() {
        return new ArrayList<>(lanes.values());
    }

    /** Forgets lanes idle for an hour; {@code forgotten} hears each one's name. */
    public void evictIdle(Consumer<String> forgotten) {
        long now = time.nanoTime();
        for (String hash : List.copyOf(lanes.keySet())) {
            lanes.computeIfPresent(hash, (h, l) -> {
                if (!l.idleSince(now, IDLE_NANOS)) {
                    return l;
                }
                forgotten.accept(l.name());
                return null;
            });
        }
    }
}
