package dev.gcsync.genesys.gateway;

import dev.gcsync.governor.Governor;
import dev.gcsync.governor.GovernorConfig;
import dev.gcsync.governor.GovernorEvent;
import dev.gcsync.governor.GovernorListener;
import dev.gcsync.governor.LearnedLimit;
import dev.gcsync.governor.OrgBudget;
import dev.gcsync.governor.RateSignalParser;
import dev.gcsync.governor.TimeSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.Consumer;
import java.util.function.DoubleSupplier;

/**
 * A gateway's governors by token name ({@link TokenName}), each wrapped in what its adapter keeps per token
 * ({@code T}: the proxy's lane, the connector's governor). Created on a token's first request, forgotten after
 * an hour without one (tokens live 24 h by default; a new token is a new bucket on the server). Every governor
 * shares one {@link OrgBudget} (the org's and the client's buckets), and what one learns of a hidden bucket
 * ({@link LearnedLimit}) is given to every governor created after it, so that the next token (tomorrow's, or
 * another process's) is paced under the bucket from its first request instead of meeting its first 429
 * again; a token whose bucket is smaller is refused once and measured anew. Thread-safe: concurrent maps.
 */
public final class TokenGovernors<T extends TokenGovernors.Held> {
    public static final long IDLE_NANOS = 3_600_000_000_000L;

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

    /** {@code listener} hears every governor's events, beside the holder's own. */
    public TokenGovernors(
            GovernorConfig config,
            OrgBudget budget,
            TimeSource time,
            DoubleSupplier random,
            RateSignalParser parser,
            GovernorListener listener,
            Factory<T> factory) {
        this.config = config;
        this.budget = budget;
        this.time = time;
        this.random = random;
        this.parser = parser;
        this.listener = listener;
        this.factory = factory;
    }

    /**
     * The token's holder, marked used now. Found and marked in one step of the map, as eviction decides in one
     * step too: a holder handed out cannot be evicted before its request enters it (which would leave the
     * token with two governors, twice the rate).
     */
    public T forName(String name) {
        long now = time.nanoTime();
        return byName.compute(name, (n, held) -> {
            T h = held != null ? held : factory.create(n, now, l -> governor(n, l));
            h.touch(now);
            return h;
        });
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
