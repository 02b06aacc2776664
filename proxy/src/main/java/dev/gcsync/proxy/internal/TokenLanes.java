package dev.gcsync.proxy.internal;

import dev.gcsync.governor.Governor;
import dev.gcsync.governor.GovernorConfig;
import dev.gcsync.governor.GovernorListener;
import dev.gcsync.governor.RateSignalParser;
import dev.gcsync.governor.TimeSource;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.Consumer;
import java.util.function.DoubleSupplier;

/**
 * The lanes by token hash, created on a token's first request, forgotten after an hour without one (tokens
 * live 24 h by default; a new token is a new lane, as it is a new bucket on the server). Thread-safe: a
 * concurrent map.
 */
public final class TokenLanes {
    static final long IDLE_NANOS = 3_600_000_000_000L;

    private final ConcurrentMap<String, TokenLane> lanes = new ConcurrentHashMap<>();
    private final GovernorConfig governor;
    private final int concurrency;
    private final int queueCapacity;
    private final TimeSource time;
    private final DoubleSupplier random;
    private final RateSignalParser parser;

    public TokenLanes(GovernorConfig governor, int concurrency, int queueCapacity, TimeSource time,
                      DoubleSupplier random, RateSignalParser parser) {
        this.governor = governor;
        this.concurrency = concurrency;
        this.queueCapacity = queueCapacity;
        this.time = time;
        this.random = random;
        this.parser = parser;
    }

    TokenLane lane(String hash) {
        return lanes.computeIfAbsent(hash, h -> new TokenLane(h, concurrency, queueCapacity, time.nanoTime(),
                (GovernorListener listener) -> new Governor(governor, time, random, parser, listener)));
    }

    public List<TokenLane> all() {
        return new ArrayList<>(lanes.values());
    }

    /** Forgets lanes idle for an hour; {@code forgotten} hears each one's name. */
    public void evictIdle(Consumer<String> forgotten) {
        long now = time.nanoTime();
        lanes.values().removeIf(l -> {
            boolean idle = l.idleSince(now, IDLE_NANOS);
            if (idle) {
                forgotten.accept(l.name());
            }
            return idle;
        });
    }
}
