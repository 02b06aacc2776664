package dev.gcsync.governor.internal;

import dev.gcsync.governor.GovernorConfig;
import dev.gcsync.governor.RateScope;
import dev.gcsync.governor.RateSignal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * The token's scope and the endpoint families that showed a bucket of their own. A family is separate
 * once one of its answers reports a limit different from the token's (the server then reports the
 * family's bucket); from then on its calls take a permit from both scopes, its signals and its 429s go to
 * the family scope. A family is also separate when it is refused (429) while the answer says the token's
 * window still has room: another bucket refused it (the emulator and, as far as is known, Genesys report
 * only the token's window in the headers). Such a silent bucket is measured at each of its 429s (see
 * {@link #refusedBy}); until then the family is paced from the token's rate. Thread safety: a concurrent map; the scopes lock themselves.
 */
public final class Scopes {
    private final GovernorConfig config;
    private final RateScope token;
    /** Pacing at the measured limit exactly would let latency jitter push one request into a full window. */
    static final double SILENT_BUCKET_SHARE = 0.97;

    private final ConcurrentMap<String, RateScope> families = new ConcurrentHashMap<>();
    private final ConcurrentMap<String, AcceptedLog> accepted = new ConcurrentHashMap<>();
    private final ConcurrentMap<String, Integer> measured = new ConcurrentHashMap<>();

    public Scopes(GovernorConfig config) {
        this.config = config;
        this.token = new RateScope("token", config);
    }

    public RateScope token() {
        return token;
    }

    /** The scopes a call of {@code family} needs permits from, the stricter (family) first. */
    public List<RateScope> forFamily(String family) {
        RateScope separate = families.get(family);
        return separate == null ? List.of(token) : List.of(separate, token);
    }

    /** Where a signal from an answer of {@code family} belongs (creating the family's scope if it shows one). */
    public RateScope ownerOf(String family, Optional<RateSignal> signal) {
        long tokenLimit = token.windowLimit();
        boolean otherBucket = signal.isPresent() && tokenLimit > 0 && signal.get().limit() != tokenLimit;
        if (!otherBucket) {
            return token; // the token's headers, even on a family that has its own (silent) bucket
        }
        RateScope separate = families.get(family);
        if (separate != null) {
            return separate;
        }
        return families.computeIfAbsent(family, f -> new RateScope("family:" + f, config));
    }

    /** Records an accepted (non-429) answer of {@code family} at {@code now}. */
    public void onAccepted(String family, long now) {
        long window = token.windowNanos();
        if (window > 0) {
            accepted.computeIfAbsent(family, f -> new AcceptedLog()).add(now, 2 * window);
        }
    }

    /**
     * The scope a 429 of {@code family} at {@code now} pauses. When that is the family's own (silent) bucket
     * and the refusal says when it resets, the bucket's limit is measured: the family's requests accepted
     * since that window opened ({@code now + retryAfter − window}, the window length being the token's), and
     * the family is paced at {@value #SILENT_BUCKET_SHARE} of it.
     */
    public RateScope refusedBy(String family, Optional<RateSignal> signal, long now, Optional<Duration> retryAfter) {
        RateScope scope = families.get(family);
        if (scope == null && signal.isPresent() && signal.get().remaining() > 0) {
            scope = families.computeIfAbsent(family, f -> {
                RateScope created = new RateScope("family:" + f, config);
                created.learnRate(token.allowedRate());
                return created;
            });
        }
        if (scope == null) {
            return token;
        }
        long window = token.windowNanos();
        AcceptedLog log = accepted.get(family);
        if (retryAfter.isPresent() && window > 0 && log != null) {
            // Retry-After is rounded up, so each count is a lower bound of the limit: keep the largest.
            int limit = measured.merge(family, log.countSince(now + retryAfter.get().toNanos() - window), Math::max);
            if (limit > 0) {
                scope.learnRate(SILENT_BUCKET_SHARE * limit * 1e9 / window);
            }
        }
        return scope;
    }

    public List<RateScope> all() {
        List<RateScope> all = new ArrayList<>();
        all.add(token);
        all.addAll(families.values());
        return all;
    }
}
