package dev.gcsync.emulator.admin;

import dev.gcsync.emulator.EmulatorClock;
import dev.gcsync.emulator.Faults;
import dev.gcsync.emulator.OrgQuirks;
import dev.gcsync.emulator.RatePolicy;
import dev.gcsync.emulator.auth.Tokens;
import dev.gcsync.emulator.background.BackgroundSpec;
import dev.gcsync.emulator.background.TrafficGate;
import dev.gcsync.emulator.faults.FaultInjector;
import dev.gcsync.emulator.limits.RateLimiter;
import dev.gcsync.emulator.store.StateSnapshot;
import dev.gcsync.emulator.store.Store;
import dev.gcsync.emulator.store.UserRecord;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The emulator's admin surface for in-process tests; the {@code /admin} HTTP routes call the same methods.
 * Thread-safe: every collaborator is.
 */
public final class Admin {
    private final Store store;
    private final Counters counters;
    private final RateLimiter limiter;
    private final FaultInjector faults;
    private final Tokens tokens;
    private final long seed;
    private final TrafficGate gate;
    private final EmulatorClock clock;

    public Admin(
            Store store,
            Counters counters,
            RateLimiter limiter,
            FaultInjector faults,
            Tokens tokens,
            long seed,
            TrafficGate gate,
            EmulatorClock clock) {
        this.gate = gate;
        this.clock = clock;
        this.store = store;
        this.counters = counters;
        this.limiter = limiter;
        this.faults = faults;
        this.tokens = tokens;
        this.seed = seed;
    }

    /** The counters, with the background traffic sent up to now. */
    public CountersSnapshot counters() {
        return counters.snapshot().withBackground(gate.counts(clock.currentMillis()));
    }

    /**
     * Zeroes the counters (the background's too), reopens every rate window, restarts the background profiles
     * now and reseeds the fault random.
     */
    public void reset() {
        counters.reset();
        limiter.reset();
        gate.restart(gate.specs(), clock.currentMillis());
        faults.reseed(seed);
    }

    /** Zeroes the counters only (the background's too; its profiles go on). */
    public void resetCounters() {
        counters.reset();
        gate.resetCounts();
    }

    /** The background generators. */
    public List<BackgroundSpec> background() {
        return gate.specs();
    }

    /**
     * Replaces the background generators; they start now with zero counts. Throws IllegalArgumentException when
     * one names no org-scoped bucket of the policy.
     */
    public void setBackground(List<BackgroundSpec> specs) {
        gate.restart(specs, clock.currentMillis());
    }

    public RatePolicy policy() {
        return limiter.policy();
    }

    public void setPolicy(RatePolicy policy) {
        limiter.setPolicy(policy);
    }

    public Faults faults() {
        return faults.faults();
    }

    public void setFaults(Faults newFaults) {
        faults.setFaults(newFaults);
    }

    public OrgQuirks quirks() {
        return faults.quirks();
    }

    public void setQuirks(OrgQuirks newQuirks) {
        faults.setQuirks(newQuirks);
    }

    public StateSnapshot exportState() {
        return store.export();
    }

    /** Replaces the whole state; throws IllegalArgumentException naming the first broken reference. */
    public void importState(StateSnapshot state) {
        store.replace(state);
    }

    /**
     * Label ("token-3", as in {@link CountersSnapshot#byToken()}) → OAuth client id of every token not revoked:
     * which client sent which requests, when several share the org.
     */
    public Map<String, String> tokenClients() {
        return tokens.clientsByLabel();
    }

    /** Revokes every token: clients must authenticate again (as after a token expiry). */
    public void revokeTokens() {
        tokens.revokeAll();
    }

    /** Bumps a user's version as another admin's edit would. */
    public UserRecord bumpVersion(String userId) {
        return store.updateUser(userId, u -> u.withVersion(u.version() + 1));
    }

    /** Sets a user's state (active, inactive or deleted), as an admin of the org would; the version is kept. */
    public UserRecord setUserState(String userId, String state) {
        if (!Set.of("active", "inactive", "deleted").contains(state)) {
            throw new IllegalArgumentException("state must be active, inactive or deleted, was " + state);
        }
        return store.updateUser(userId, u -> u.withState(state));
    }

    public UserRecord user(String userId) {
        return store.user(userId);
    }
}
