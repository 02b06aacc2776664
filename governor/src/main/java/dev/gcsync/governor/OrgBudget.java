package dev.gcsync.governor;

import dev.gcsync.governor.internal.SharedScopes;
import java.time.Instant;
import java.util.List;

/**
 * The buckets of one org that several tokens spend: per client and per org × endpoint family. Give the same
 * budget to the governors of every token of a pool, so that their per-token scopes never over-spend a shared
 * one: an org's bucket is paced at {@link GovernorConfig#budgetShare()} of it, the rest left to the UI and the
 * org's other integrations; a client's bucket in full. A governor built without one has its own.
 *
 * <p>Thread-safe.
 */
public final class OrgBudget {
    private final SharedScopes scopes;

    public OrgBudget(GovernorConfig config) {
        this(config, BudgetStore.local());
    }

    /**
     * A budget counted in {@code store}: with a shared store, every process that uses it (on any host) spends
     * the org's and the client's buckets together, pauses together after a 429 and starts from what the others
     * learned.
     */
    public OrgBudget(GovernorConfig config, BudgetStore store) {
        this.scopes = new SharedScopes(config, store);
    }

    /** Where the budget is counted. */
    public BudgetStore store() {
        return scopes.store();
    }

    /** What the processes sharing the store have learned, to start a new token's governor from. */
    public List<LearnedLimit> learnedElsewhere() {
        return scopes.store().learnedLimits();
    }

    /**
     * Paces every documented limit from the next request (a per-token one in each token's governor; one
     * without a family is the token's own rate). Call before the first request.
     */
    public void document(List<DocumentedLimit> limits) {
        scopes.document(limits);
    }

    /** What is known now of the shared buckets found by refusals (documented ones are not learned). */
    public List<LearnedLimit> learned(Instant now) {
        return scopes.learned(now);
    }

    /** Every shared scope's state. */
    public List<ScopeState> snapshots() {
        return scopes.snapshots();
    }

    /** The engine behind it, for the governors that share it. */
    SharedScopes engine() {
        return scopes;
    }
}
