package dev.gcsync.governor.internal;

import dev.gcsync.governor.GovernorConfig;
import dev.gcsync.governor.RateScope;
import dev.gcsync.governor.RateSignal;
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
 * only the token's window in the headers). Such a family is paced by its 429s alone: pause, then AIMD from
 * the token's rate. Thread safety: a concurrent map; the scopes lock themselves.
 */
public final class Scopes {
    private final GovernorConfig config;
    private final RateScope token;
    private final ConcurrentMap<String, RateScope> families = new ConcurrentHashMap<>();

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

    /** The scope a 429 of {@code family} pauses. */
    public RateScope refusedBy(String family, Optional<RateSignal> signal) {
        RateScope separate = families.get(family);
        if (separate != null) {
            return separate;
        }
        if (signal.isPresent() && signal.get().remaining() > 0) {
            return families.computeIfAbsent(family, f -> {
                RateScope scope = new RateScope("family:" + f, config);
                scope.learnRate(token.allowedRate());
                return scope;
            });
        }
        return token;
    }

    public List<RateScope> all() {
        List<RateScope> all = new ArrayList<>();
        all.add(token);
        all.addAll(families.values());
        return all;
    }
}
