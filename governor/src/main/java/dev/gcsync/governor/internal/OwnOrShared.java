package dev.gcsync.governor.internal;

import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * What the server answered when asked whose a hidden bucket is ({@link Probe}): per endpoint family, shared by
 * the tokens of a pool (a bucket of one token is one of each token). A family is asked at most
 * {@value #MAX_ASKS} times a run, until an answer decides it: one refusal of a request sent through another token
 * in the window that refused ours, or that request accepted in it. Thread-safe: concurrent maps.
 */
public final class OwnOrShared {
    /** A question whose answer came too late to count (after the window could have ended) may be asked again. */
    static final int MAX_ASKS = 3;

    private final ConcurrentMap<String, Integer> asked = new ConcurrentHashMap<>();
    private final ConcurrentMap<String, Boolean> shared = new ConcurrentHashMap<>();

    /** True, and counted, when {@code family} is undecided and may be asked once more. */
    boolean ask(String family) {
        if (shared.containsKey(family)) {
            return false;
        }
        return asked.merge(family, 1, Integer::sum) <= MAX_ASKS;
    }

    void decide(String family, boolean isShared) {
        shared.put(family, isShared);
    }

    /** The answer for {@code family}: true when its hidden bucket is shared, false when the token's own. */
    public Optional<Boolean> decided(String family) {
        return Optional.ofNullable(shared.get(family));
    }
}
