package dev.gcsync.governor.internal;

import dev.gcsync.governor.GovernorConfig;
import dev.gcsync.governor.LearnedLimit;
import dev.gcsync.governor.RateScope;
import dev.gcsync.governor.RateSignal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * The buckets one token's requests meet, each a {@link RateScope}:
 * <ul>
 * <li>{@code token}: the bucket of the largest limit the headers advertise (Genesys' per-token limit);</li>
 * <li>{@code bucket:<limit>}: a smaller bucket some routes advertise instead (Genesys answers
 *     {@code inin-ratelimit-allowed} 180 on one route, 300 on another); a family's calls use the advertised
 *     bucket its answers last reported;</li>
 * <li>{@code family:<name>}: a hidden bucket of one endpoint family, which no header describes: found when
 *     the family is refused while its advertised bucket has room, measured by a {@link HiddenBucket}.</li>
 * </ul>
 * A call takes a permit from each of its scopes, the strictest first, the token last.
 *
 * <p>Thread safety: concurrent maps; the scopes lock themselves; each family's {@link HiddenBucket} is
 * locked on itself.
 */
public final class Scopes {
    private final GovernorConfig config;
    private final RateScope token;
    private final ConcurrentMap<Long, RateScope> advertised = new ConcurrentHashMap<>();
    private final ConcurrentMap<String, Long> familyLimit = new ConcurrentHashMap<>();
    private final ConcurrentMap<String, HiddenBucket> trackers = new ConcurrentHashMap<>();
    private final ConcurrentMap<String, RateScope> hidden = new ConcurrentHashMap<>();
    private final ConcurrentMap<String, LearnedLimit> learned = new ConcurrentHashMap<>();

    /** Which scope a 429 paused, and what was learned from it. */
    public record Refusal(RateScope scope, Optional<LearnedLimit> learned) {
    }

    public Scopes(GovernorConfig config) {
        this.config = config;
        this.token = new RateScope("token", config);
    }

    public RateScope token() {
        return token;
    }

    /** Starts the families of {@code limits} at their learned pace (measurements of an earlier run). */
    public void preload(List<LearnedLimit> limits) {
        for (LearnedLimit l : limits) {
            HiddenBucket bucket = tracker(l.family());
            synchronized (bucket) {
                bucket.preload(l.limit(), l.window().toNanos());
                adopt(hiddenScope(l.family()), bucket.measured().orElseThrow());
            }
            learned.put(l.family(), l);
        }
    }

    /** What has been learned of hidden buckets (preloaded or measured in this run). */
    public List<LearnedLimit> learned() {
        return List.copyOf(learned.values());
    }

    /** The scopes a call of {@code family} needs permits from, the strictest first, the token last. */
    public List<RateScope> forFamily(String family) {
        List<RateScope> needed = new ArrayList<>(3);
        RateScope own = hidden.get(family);
        if (own != null) {
            needed.add(own);
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
            advertised.computeIfAbsent(tokenLimit, this::advertisedScope).learnRate(token.allowedRate());
            token.forgetWindow();
            return token;
        }
        return advertised.computeIfAbsent(limit, this::advertisedScope);
    }

    /**
     * Records an accepted (non-429) answer of {@code family} to a request sent at {@code sentAt}; returns a
     * corrected measurement when that request belonged to the window just measured (it was in flight).
     */
    public Optional<LearnedLimit> onAccepted(String family, long sentAt, Instant wallNow) {
        HiddenBucket bucket = tracker(family);
        synchronized (bucket) {
            return bucket.onAccepted(sentAt).map(m -> learn(family, m, wallNow));
        }
    }

    /**
     * The scope a 429 of {@code family} pauses, and what it taught. An advertised bucket that is spent
     * refused it; one with room means a hidden bucket of the family did (and is measured, see
     * {@link HiddenBucket}). A 429 without rate headers is put down to a hidden bucket when the family is
     * known to have one, or when by this governor's own count its advertised bucket still had room.
     * {@code pause} is how long the caller will pause the scope (a new hidden scope starts paused).
     */
    public Refusal refusedBy(String family, Optional<RateSignal> signal, long sentAt, long now,
                             Optional<Duration> retryAfter, Duration pause, Instant wallNow) {
        RateScope advertisedScope = signal.isPresent() ? ownerOf(family, signal)
                : Optional.ofNullable(advertisedOf(family)).orElse(token);
        boolean hiddenBucket = signal.map(s -> s.remaining() > 0)
                .orElseGet(() -> hidden.containsKey(family) || advertisedScope.hasRoom(now));
        if (!hiddenBucket) {
            return new Refusal(advertisedScope, Optional.empty());
        }
        RateScope scope = hiddenScope(family, now, wallNow, pause);
        if (retryAfter.isEmpty()) {
            return new Refusal(scope, Optional.empty());
        }
        HiddenBucket bucket = tracker(family);
        synchronized (bucket) {
            Optional<HiddenBucket.Measurement> m = bucket.onRefused(sentAt, now, retryAfter.get().toNanos(),
                    token.windowNanos());
            if (m.isEmpty()) {
                return new Refusal(scope, Optional.empty());
            }
            return new Refusal(scope, Optional.of(learn(family, m.get(), wallNow)));
        }
    }

    public List<RateScope> all() {
        List<RateScope> all = new ArrayList<>();
        all.add(token);
        all.addAll(advertised.values());
        all.addAll(hidden.values());
        return all;
    }

    private LearnedLimit learn(String family, HiddenBucket.Measurement m, Instant wallNow) {
        adopt(hiddenScope(family), m);
        LearnedLimit limit = new LearnedLimit(family, m.limit(),
                Duration.ofNanos(Math.max(HiddenBucket.SECOND, m.windowNanos())), wallNow);
        learned.put(family, limit);
        return limit;
    }

    private static void adopt(RateScope scope, HiddenBucket.Measurement m) {
        Duration window = Duration.ofNanos(m.windowNanos());
        scope.adoptMeasuredBucket(m.limit(), m.windowNanos(), LearnedLimit.guard(window).toNanos(), m.burst(),
                m.ratePerSecond());
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
        return new RateScope("bucket:" + limit, config);
    }

    /** The family's hidden-bucket scope; one created by a refusal is published already paused, so that no
     *  other caller takes a permit from it before the pause is set. */
    private RateScope hiddenScope(String family, long now, Instant wallNow, Duration pause) {
        return hidden.computeIfAbsent(family, f -> {
            RateScope created = new RateScope("family:" + f, config);
            created.learnRate(token.allowedRate());
            created.onThrottled(new RateScope.Permit(0, false), now, wallNow, pause);
            return created;
        });
    }

    private RateScope hiddenScope(String family) {
        return hidden.computeIfAbsent(family, f -> {
            RateScope created = new RateScope("family:" + f, config);
            created.learnRate(token.allowedRate());
            return created;
        });
    }

    private HiddenBucket tracker(String family) {
        return trackers.computeIfAbsent(family, f -> new HiddenBucket());
    }
}
