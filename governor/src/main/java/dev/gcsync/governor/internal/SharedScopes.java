package dev.gcsync.governor.internal;

import dev.gcsync.governor.BudgetStore;
import dev.gcsync.governor.DocumentedLimit;
import dev.gcsync.governor.GovernorConfig;
import dev.gcsync.governor.LearnedLimit;
import dev.gcsync.governor.ScopeKind;
import dev.gcsync.governor.ScopeState;
import dev.gcsync.governor.TimeSource;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * The buckets that more than one token spends: per client and per org × endpoint family, one
 * {@link PacedBucket} each, shared by every governor of a token pool. An org's bucket is paced at the budget
 * share; a client's in full. Also where the tokens of a pool compare their hidden-bucket refusals: two tokens
 * refused in the same window by one family's hidden bucket means the bucket is shared.
 *
 * <p>Thread safety: concurrent maps; the buckets lock themselves.
 */
public final class SharedScopes {
    /** Two refusals whose windows end this close together are of the same window. */
    static final long SAME_WINDOW_NANOS = 1_500_000_000L;

    private final GovernorConfig config;
    private final BudgetStore store;
    private final ConcurrentMap<String, PacedBucket> byFamily = new ConcurrentHashMap<>();
    private final ConcurrentMap<String, HiddenRefusal> lastRefusal = new ConcurrentHashMap<>();
    private final List<DocumentedLimit> tokenDocs = new CopyOnWriteArrayList<>();
    private final List<Consumer<List<DocumentedLimit>>> tokens = new CopyOnWriteArrayList<>();
    private final AtomicInteger tokenIds = new AtomicInteger();
    private final StoreFollower follower;
    private final OwnOrShared asked = new OwnOrShared();
    /** Every token's accepted requests, per family: what the pool (or the proxy's callers) got in a window. */
    private final ConcurrentMap<String, AcceptedLog> poolAccepted = new ConcurrentHashMap<>();

    private record HiddenRefusal(int token, long endHi, int counted) {}

    public SharedScopes(GovernorConfig config) {
        this(config, BudgetStore.local());
    }

    /** @param store where the buckets' slots and pauses are counted with other processes */
    public SharedScopes(GovernorConfig config, BudgetStore store) {
        this.config = config;
        this.store = store;
        this.follower = new StoreFollower(store);
    }

    public BudgetStore store() {
        return store;
    }

    /** How often a process reads what the others sharing its store found. */
    public static final long FOLLOW_EVERY_NANOS = StoreFollower.EVERY_NANOS;

    /**
     * Paces the shared buckets other processes of the store found meanwhile (at most once a second). Returns
     * true when a bucket here changed by it.
     */
    public boolean follow(TimeSource time) {
        return follower.follow(time, this);
    }

    /** Whether other processes may share these buckets (the store is not this process's own). */
    public boolean sharesStore() {
        return store != BudgetStore.local();
    }

    /** A token's scopes join: they hear the per-token documented limits now and later. Returns its id. */
    public int register(Consumer<List<DocumentedLimit>> tokenDocumented) {
        tokens.add(tokenDocumented);
        tokenDocumented.accept(List.copyOf(tokenDocs));
        return tokenIds.incrementAndGet();
    }

    /** The tokens whose scopes joined (a pool's size). */
    public int tokens() {
        return tokenIds.get();
    }

    /** A request of {@code family} sent at {@code sentAt} was accepted through one of the tokens. */
    public void accepted(String family, long sentAt) {
        AcceptedLog log = poolAccepted.computeIfAbsent(family, f -> new AcceptedLog());
        synchronized (log) {
            log.add(sentAt);
        }
        store.accepted(family);
    }

    /**
     * What every token of this process got accepted of {@code family} in the window of {@code windowNanos} that
     * ends at {@code end} (refused at {@code now}), or in the one before it when more (the refusing window may
     * have opened just before the refusal): the sample of what the others left, counted for the pool and not for
     * one token of it (each token's count is a part; scaling one by the pool's size guesses, and a proxy's tokens
     * are not alike). With a shared store, what every process sharing it got, when more: each process's count is
     * a part too.
     *
     * <p>{@code end} comes from a {@code Retry-After} in whole seconds, rounded up: the window opened up to a
     * second before {@code end − windowNanos}. So the refusing window is counted from a second earlier (with at
     * most the last second of the one before), and the one before it without its last second: neither count
     * mixes the two windows' bursts.
     */
    public int poolCount(String family, long now, long end, long windowNanos) {
        return Math.max(
                processCount(family, now, end, windowNanos),
                storeCount(family, now, end, windowNanos).orElse(0));
    }

    /**
     * {@link #poolCount}, when every process sharing the store could be counted (the store answered): what all
     * of them got in the refusing window, the sample a refusal of a bucket paced through the store needs (one
     * process's count is its part). Empty without a shared store, or when it did not answer.
     */
    public OptionalInt everyProcessCount(String family, long now, long end, long windowNanos) {
        OptionalInt all = storeCount(family, now, end, windowNanos);
        return all.isPresent()
                ? OptionalInt.of(Math.max(processCount(family, now, end, windowNanos), all.getAsInt()))
                : all;
    }

    /** {@link #poolCount} over this process's tokens. */
    private int processCount(String family, long now, long end, long windowNanos) {
        AcceptedLog log = poolAccepted.get(family);
        if (log == null) {
            return 0;
        }
        long back = back(now, end, windowNanos);
        synchronized (log) {
            int last = log.countSince(now - back);
            return Math.max(last, log.countSince(now - back - windowNanos + HiddenBucket.SECOND) - last);
        }
    }

    /** {@link #poolCount}'s two counts over every process sharing the store; empty when it shares nothing. */
    private OptionalInt storeCount(String family, long now, long end, long windowNanos) {
        if (!sharesStore()) {
            return OptionalInt.empty();
        }
        long back = back(now, end, windowNanos);
        OptionalInt last = store.acceptedWithin(family, Duration.ofNanos(back));
        OptionalInt both = store.acceptedWithin(family, Duration.ofNanos(back + windowNanos - HiddenBucket.SECOND));
        if (last.isEmpty() || both.isEmpty()) {
            return OptionalInt.empty();
        }
        return OptionalInt.of(Math.max(last.getAsInt(), both.getAsInt() - last.getAsInt()));
    }

    /** How far back from {@code now} the refusing window may have opened (a second before what it says). */
    private static long back(long now, long end, long windowNanos) {
        return Math.max(0, windowNanos - (end - now)) + HiddenBucket.SECOND;
    }

    /** What the server answered when asked whose a family's hidden bucket is (one answer for every token). */
    public OwnOrShared asked() {
        return asked;
    }

    public Optional<PacedBucket> of(String family) {
        return Optional.ofNullable(byFamily.get(family));
    }

    /** Paces every documented limit from the next request: shared ones here, per-token ones in each token. */
    public void document(List<DocumentedLimit> limits) {
        List<DocumentedLimit> perToken = new ArrayList<>();
        for (DocumentedLimit d : limits) {
            if (d.kind().shared() && d.family().isPresent()) {
                String family = d.family().get();
                byFamily.put(
                        family,
                        new PacedBucket(
                                family,
                                d.kind(),
                                share(d.kind()),
                                d.limit(),
                                d.limit(),
                                d.window().toNanos(),
                                config.retryAfterCeiling(),
                                store));
            } else {
                perToken.add(d);
            }
        }
        tokenDocs.addAll(perToken);
        tokens.forEach(t -> t.accept(List.copyOf(perToken)));
    }

    /**
     * Starts from an earlier run's estimate of a shared bucket, aged ({@link LearnedLimit#agedLimit}): what a
     * busy night left is a starting point for the next, not a ceiling (the first refusal cuts it back). A
     * documented limit wins.
     */
    public void preload(LearnedLimit l, Instant now) {
        byFamily.putIfAbsent(
                l.family(),
                new PacedBucket(
                        l.family(),
                        l.kind(),
                        share(l.kind()),
                        0,
                        l.agedLimit(now),
                        l.window().toNanos(),
                        config.retryAfterCeiling(),
                        store));
    }

    /**
     * Token {@code token} was refused by {@code family}'s hidden bucket in the window ending near {@code endHi},
     * having got {@code counted} accepted in it. When another token was refused in the same window, returns
     * what that one had counted (the bucket is shared: together they got both counts).
     */
    public OptionalInt sameWindow(String family, int token, long endHi, int counted) {
        HiddenRefusal mine = new HiddenRefusal(token, endHi, counted);
        HiddenRefusal before = lastRefusal.put(family, mine);
        if (before != null && before.token() != token && Math.abs(before.endHi() - endHi) <= SAME_WINDOW_NANOS) {
            return OptionalInt.of(before.counted());
        }
        return OptionalInt.empty();
    }

    /**
     * {@code family}'s bucket turned out to be shared: paced from {@code estimate} per window from now on,
     * published already paused for {@code pause} (no caller slips past the pause of a bucket just found).
     */
    public PacedBucket found(
            String family,
            ScopeKind kind,
            double estimate,
            long windowNanos,
            long now,
            Instant wallNow,
            Duration pause) {
        return byFamily.computeIfAbsent(family, f -> {
            PacedBucket b =
                    new PacedBucket(f, kind, share(kind), 0, estimate, windowNanos, config.retryAfterCeiling(), store);
            b.pause(Permit.NONE, now, wallNow, pause);
            return b;
        });
    }

    /** What is known of every shared bucket now. */
    public List<LearnedLimit> learned(Instant now) {
        return byFamily.values().stream()
                .filter(b -> !b.documented())
                .map(b -> b.learned(now))
                .toList();
    }

    public List<ScopeState> snapshots() {
        return byFamily.values().stream().map(PacedBucket::snapshot).toList();
    }

    private double share(ScopeKind kind) {
        return kind == ScopeKind.ORG ? config.budgetShare() : 1.0;
    }
}
