package dev.gcsync.governor.internal;

import dev.gcsync.governor.BudgetStore;
import dev.gcsync.governor.DocumentedLimit;
import dev.gcsync.governor.GovernorConfig;
import dev.gcsync.governor.LearnedLimit;
import dev.gcsync.governor.RateSignal;
import dev.gcsync.governor.ScopeKind;
import dev.gcsync.governor.ScopeState;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * The buckets one token's requests meet:
 * <ul>
 * <li>{@code token}: the bucket of the largest limit the headers advertise (Genesys' per-token limit);</li>
 * <li>{@code bucket:<limit>}: a smaller bucket some routes advertise instead (Genesys answers
 *     {@code inin-ratelimit-allowed} 180 on one route, 300 on another); a family's calls use the advertised
 *     bucket its answers last reported;</li>
 * <li>{@code family:<name>}: a hidden bucket of one endpoint family counted for this token alone, measured by
 *     a {@link HiddenBucket} (or documented per token);</li>
 * <li>{@code client:<family>}, {@code org:<family>}: a bucket shared with other tokens ({@link SharedScopes}).</li>
 * </ul>
 * A call takes a permit from each of its scopes, the shared one first, the token's last.
 *
 * <p>Thread safety: concurrent maps; the scopes lock themselves; each family's {@link HiddenBucket} is locked
 * on itself.
 */
public final class Scopes {
    private final GovernorConfig config;
    private final RateScope token;
    /** Where this token's own buckets take their slots: the shared store keyed by the token, or the local one. */
    private final BudgetStore own;

    private final SharedScopes shared;
    private final int tokenId;
    private final ConcurrentMap<Long, RateScope> advertised = new ConcurrentHashMap<>();
    private final ConcurrentMap<String, Long> familyLimit = new ConcurrentHashMap<>();
    private final ConcurrentMap<String, HiddenBucket> trackers = new ConcurrentHashMap<>();
    private final ConcurrentMap<String, Scope> hidden = new ConcurrentHashMap<>();
    private final ConcurrentMap<String, LearnedLimit> learned = new ConcurrentHashMap<>();

    public Scopes(GovernorConfig config, SharedScopes shared) {
        this(config, shared, Optional.empty());
    }

    /**
     * @param tokenName the token's hash when several processes may send the same token (a gateway's {@code t-…}):
     *                  with a shared store, this token's buckets take their slots in it under that name
     */
    public Scopes(GovernorConfig config, SharedScopes shared, Optional<String> tokenName) {
        this.config = config;
        this.own = TokenStore.of(shared.store(), tokenName);
        this.token = new RateScope("token", config, TokenSlots.of(own, "token"));
        this.shared = shared;
        this.tokenId = shared.register(this::document);
    }

    public RateScope token() {
        return token;
    }

    public SharedScopes shared() {
        return shared;
    }

    public int tokenId() {
        return tokenId;
    }

    /** Per-token documented limits: the token's own rate, or a family's bucket paced evenly from the start. */
    private void document(List<DocumentedLimit> limits) {
        for (DocumentedLimit d : limits) {
            if (d.family().isEmpty()) {
                token.knowRate(d.ratePerSecond());
            } else {
                hidden.put(
                        d.family().get(),
                        new PacedBucket(
                                d.family().get(),
                                ScopeKind.TOKEN,
                                1.0,
                                d.limit(),
                                d.limit(),
                                d.window().toNanos(),
                                config.retryAfterCeiling(),
                                own));
            }
        }
    }

    /** Starts the families of {@code limits} at their learned pace (measurements of an earlier run). */
    public void preload(List<LearnedLimit> limits, Instant now) {
        for (LearnedLimit l : limits) {
            if (l.kind().shared()) {
                shared.preload(l, now);
            } else if (l.spread()) {
                hidden.putIfAbsent(
                        l.family(),
                        new PacedBucket(
                                l.family(),
                                ScopeKind.TOKEN,
                                1.0,
                                l.limit(),
                                l.limit(),
                                l.window().toNanos(),
                                config.retryAfterCeiling(),
                                own));
            } else {
                HiddenBucket bucket = tracker(l.family());
                synchronized (bucket) {
                    bucket.preload(l.limit(), l.window().toNanos());
                    adopt(burstScope(l.family()), bucket.measured().orElseThrow());
                }
            }
            if (!l.kind().shared()) {
                learned.put(l.family(), l);
            }
        }
    }

    /** What has been learned of this token's hidden buckets (preloaded or measured in this run). */
    public List<LearnedLimit> learned() {
        return learned.values().stream()
                .filter(l -> shared.of(l.family()).isEmpty())
                .toList();
    }

    /** The scopes a call of {@code family} needs permits from: the shared one first, the token last. */
    public List<Scope> forFamily(String family) {
        List<Scope> needed = new ArrayList<>(3);
        Optional<PacedBucket> common = shared.of(family);
        if (common.isPresent()) {
            needed.add(common.get());
        } else {
            Scope own = hidden.get(family);
            if (own != null) {
                needed.add(own);
            }
        }
        RateScope bucket = advertisedOf(family);
        if (bucket != null) {
            needed.add(bucket);
        }
        needed.add(token);
        return needed;
    }

    /**
     * The scope that a signal from an answer of {@code family} describes, remembering which bucket the family
     * reports. A limit larger than the token's means the token scope held a smaller route bucket: it starts
     * over with the larger one, and the families that reported the smaller limit get a scope of their own.
     */
    public RateScope ownerOf(String family, Optional<RateSignal> signal) {
        if (signal.isEmpty()) {
            return token;
        }
        long limit = signal.get().limit();
        familyLimit.put(family, limit);
        long tokenLimit = token.windowLimit();
        if (tokenLimit == 0 || limit == tokenLimit) {
            return token;
        }
        if (limit > tokenLimit) {
            advertised.computeIfAbsent(tokenLimit, this::advertisedScope).knowRate(token.allowedRate());
            token.forgetWindow();
            return token;
        }
        return advertised.computeIfAbsent(limit, this::advertisedScope);
    }

    /** The advertised bucket a call of {@code family} spends (a route bucket, else the token's). */
    public RateScope advertisedFor(String family) {
        return Optional.ofNullable(advertisedOf(family)).orElse(token);
    }

    /**
     * Records an accepted (non-429) answer of {@code family} to a request sent at {@code sentAt}; returns a
     * corrected measurement when that request belonged to the window just measured (it was in flight).
     */
    public Optional<LearnedLimit> onAccepted(String family, long sentAt, Instant wallNow) {
        shared.accepted(family, sentAt);
        HiddenBucket bucket = tracker(family);
        synchronized (bucket) {
            return bucket.onAccepted(sentAt)
                    .filter(m -> hidden.get(family) instanceof RateScope)
                    .map(m -> learnBursts(family, m, wallNow));
        }
    }

    /** This token's own hidden scope of {@code family}, if any. */
    public Optional<Scope> hiddenOf(String family) {
        return Optional.ofNullable(hidden.get(family));
    }

    HiddenBucket tracker(String family) {
        return trackers.computeIfAbsent(family, f -> new HiddenBucket());
    }

    /**
     * A hidden bucket measured exactly: paced in bursts. Takes the bucket's latest measurement, under its lock: a
     * refusal's count is applied after the lock that measured it, and an answer that was in flight may have
     * corrected it meanwhile (9 → 10); applying the refusal's own copy then would leave the older, smaller one.
     */
    LearnedLimit learnBursts(String family, HiddenBucket.Measurement measured, Instant wallNow) {
        HiddenBucket bucket = tracker(family);
        synchronized (bucket) {
            HiddenBucket.Measurement m = bucket.measured().orElse(measured);
            adopt(burstScope(family), m);
            LearnedLimit limit = new LearnedLimit(
                    family, m.limit(), Duration.ofNanos(Math.max(HiddenBucket.SECOND, m.windowNanos())), wallNow);
            learned.put(family, limit);
            return limit;
        }
    }

    /** A hidden bucket of this token whose windows do not follow the requests: paced evenly at {@code limit}. */
    LearnedLimit learnSpread(String family, int limit, long windowNanos, Instant wallNow) {
        PacedBucket scope = new PacedBucket(
                family, ScopeKind.TOKEN, 1.0, limit, limit, windowNanos, config.retryAfterCeiling(), own);
        hidden.put(family, scope);
        LearnedLimit l = scope.learned(wallNow);
        learned.put(family, l);
        return l;
    }

    /** The family's bucket turned out to be shared: this token's own scope of it goes. */
    void dropHidden(String family) {
        hidden.remove(family);
        learned.remove(family);
    }

    /** The family's hidden scope of this token, created (already paused) when there is none yet. */
    Scope hiddenScope(String family, long now, Instant wallNow, Duration pause) {
        return hidden.computeIfAbsent(family, f -> {
            RateScope created = new RateScope("family:" + f, config, TokenSlots.of(own, "family:" + f));
            created.knowRate(token.allowedRate());
            created.pause(Permit.NONE, now, wallNow, pause);
            return created;
        });
    }

    public List<ScopeState> snapshots() {
        List<ScopeState> all = new ArrayList<>();
        all.add(token.snapshot());
        advertised.values().forEach(s -> all.add(s.snapshot()));
        hidden.values().forEach(s -> all.add(s.snapshot()));
        return all;
    }

    private RateScope burstScope(String family) {
        Scope s = hidden.compute(family, (f, old) -> old instanceof RateScope r ? r : newHidden(f));
        return (RateScope) s;
    }

    private RateScope newHidden(String family) {
        RateScope created = new RateScope("family:" + family, config, TokenSlots.of(own, "family:" + family));
        created.knowRate(token.allowedRate());
        return created;
    }

    private static void adopt(RateScope scope, HiddenBucket.Measurement m) {
        Duration window = Duration.ofNanos(m.windowNanos());
        scope.adoptMeasuredBucket(
                m.limit(), m.windowNanos(), LearnedLimit.guard(window).toNanos(), m.ratePerSecond());
    }

    private RateScope advertisedOf(String family) {
        Long limit = familyLimit.get(family);
        long tokenLimit = token.windowLimit();
        if (limit == null || tokenLimit == 0 || limit == tokenLimit) {
            return null;
        }
        return advertised.computeIfAbsent(limit, this::advertisedScope);
    }

    private RateScope advertisedScope(long limit) {
        return new RateScope("bucket:" + limit, config, TokenSlots.of(own, "bucket:" + limit));
    }
}
