package dev.gcsync.genesys.gateway;

import dev.gcsync.governor.Governor;
import dev.gcsync.governor.GovernorConfig;
import dev.gcsync.governor.GovernorEvent;
import dev.gcsync.governor.GovernorListener;
import dev.gcsync.governor.LearnedLimit;
import dev.gcsync.governor.OrgBudget;
import dev.gcsync.governor.RateSignalParser;
import dev.gcsync.governor.TimeSource;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.DoubleSupplier;

/**
 * A gateway's governors by token name ({@link TokenName}), each wrapped in what its adapter keeps per token
 * ({@code T}: the proxy's lane, the connector's governor). Created on a token's first request, forgotten after
 * an hour without one (tokens live 24 h by default; a new token is a new bucket on the server). Every governor
 * shares one {@link OrgBudget} (the org's and the client's buckets), and what one learns of a hidden bucket
 * ({@link LearnedLimit}) is given to every governor created after it, so that the next token (tomorrow's, or
 * another process's) is paced under the bucket from its first request instead of meeting its first 429
 * again; a token whose bucket is smaller is refused once and measured anew. The map sweeps its idle holders
 * itself, at most once a minute of its {@link TimeSource} when a token is looked up, so that every adapter
 * forgets alike (an adapter may also call {@link #evictIdle} on its own schedule). Thread-safe: concurrent maps
 * and an atomic.
 */
public final class TokenGovernors<T extends TokenGovernors.Held> {
    public static final long IDLE_NANOS = 3_600_000_000_000L;
    /** How often a lookup sweeps the idle holders: once a minute, as the proxy's minute summary. */
    public static final long SWEEP_NANOS = 60_000_000_000L;

    /** What an adapter keeps per token. */
    public interface Held {
        /** Marks it used at {@code now}. */
        void touch(long now);

        /** True when nothing is under way and nothing came for {@code idleNanos}. */
        boolean idleSince(long now, long idleNanos);
    }

    /** Builds an adapter's holder around the governor made by {@code governorFor} (given the holder's listener). */
    public interface Factory<T> {
        T create(String name, long now, GovernorFactory governorFor);
    }

    /** Makes the token's governor; {@code listener} hears its events. */
    public interface GovernorFactory {
        Governor governor(GovernorListener listener);
    }

    private final ConcurrentMap<String, T> byName = new ConcurrentHashMap<>();
    private final ConcurrentMap<String, LearnedLimit> learned = new ConcurrentHashMap<>();
    private final GovernorConfig config;
    private final TimeSource time;
    private final DoubleSupplier random;
    private final RateSignalParser parser;
    private final GovernorListener listener;
    private final OrgBudget budget;
    private final Factory<T> factory;
    private final Consumer<String> forgotten;
    private final AtomicLong lastSweep;

    /** {@code listener} hears every governor's events, beside the holder's own. */
    public TokenGovernors(
            GovernorConfig config,
            OrgBudget budget,
            TimeSource time,
            DoubleSupplier random,
            RateSignalParser parser,
            GovernorListener listener,
            Factory<T> factory) {
        this(config, budget, time, random, parser, listener, factory, name -> {});
    }

    /** The same; {@code forgotten} hears the name of every holder the map's own sweep forgets. */
    public TokenGovernors(
            GovernorConfig config,
            OrgBudget budget,
            TimeSource time,
            DoubleSupplier random,
            RateSignalParser parser,
            GovernorListener listener,
            Factory<T> factory,
            Consumer<String> forgotten) {
        this.config = config;
        this.budget = budget;
        this.time = time;
        this.random = random;
        this.parser = parser;
        this.listener = listener;
        this.factory = factory;
        this.forgotten = forgotten;
        this.lastSweep = new AtomicLong(time.nanoTime());
    }

    /**
     * A gateway's per-token governor settings: a {@code Retry-After} beyond {@code maxHold} stops the token's
     * scope at once (nobody can wait it out), and 429 retries are bounded by the hold, not by a count or a run
     * deadline (each request carries its own: the end of its hold).
     */
    public static GovernorConfig heldFor(GovernorConfig governor, Duration maxHold) {
        return governor.toBuilder()
                .retryAfterCeiling(maxHold)
                .maxThrottledAttempts(Integer.MAX_VALUE)
                .noDeadline()
                .build();
    }

    /**
     * The token's holder, marked used now. Found and marked in one step of the map, as eviction decides in one
     * step too: a holder handed out cannot be evicted before its request enters it (which would leave the
     * token with two governors, twice the rate).
     */
    public T forName(String name) {
        long now = time.nanoTime();
        sweepIfDue(now);
        return byName.compute(name, (n, held) -> {
            T h = held != null ? held : factory.create(n, now, l -> governor(n, l));
            h.touch(now);
            return h;
        });
    }

    /**
     * Forgets the idle holders when the last sweep is a minute old. Before the lookup's own touch: a token asking
     * after an idle hour gets a new governor, as it would had the sweep come a moment earlier.
     */
    private void sweepIfDue(long now) {
        long last = lastSweep.get();
        if (now - last >= SWEEP_NANOS && lastSweep.compareAndSet(last, now)) {
            evictIdle(forgotten);
        }
    }

    /** The names ({@link TokenName}) of the tokens that have a governor now. */
    public List<String> names() {
        return List.copyOf(byName.keySet());
    }

    /** The holder of an {@code Authorization} header value's token. */
    public T forAuthorization(String authorization) {
        return forName(TokenName.ofAuthorization(authorization));
    }

    /** What the governors have learned of hidden buckets, by endpoint family (the latest of each). */
    public List<LearnedLimit> learned() {
        return List.copyOf(learned.values());
    }

    public List<T> all() {
        return new ArrayList<>(byName.values());
    }

    public OrgBudget budget() {
        return budget;
    }

    /** Forgets the holders idle for an hour; {@code forgotten} hears each one's name. */
    public void evictIdle(Consumer<String> forgotten) {
        long now = time.nanoTime();
        for (String name : List.copyOf(byName.keySet())) {
            byName.computeIfPresent(name, (n, h) -> {
                if (!h.idleSince(now, IDLE_NANOS)) {
                    return h;
                }
                forgotten.accept(n);
                return null;
            });
        }
    }

    /** The governor of the token named {@code name}: with a shared store, its window is shared under the name. */
    private Governor governor(String name, GovernorListener own) {
        Governor created = new Governor(
                config,
                time,
                random,
                parser,
                event -> {
                    if (event instanceof GovernorEvent.LimitLearned l) {
                        learned.put(l.limit().family(), l.limit());
                    }
                    own.onEvent(event);
                    listener.onEvent(event);
                },
                budget,
                Optional.of(name));
        List<LearnedLimit> start = new ArrayList<>(learned()); // this process's own first: the first of a family wins
        start.addAll(budget.learnedElsewhere());
        created.startFrom(start);
        return created;
    }
}
