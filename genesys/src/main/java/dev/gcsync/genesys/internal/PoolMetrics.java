package dev.gcsync.genesys.internal;

import dev.gcsync.governor.GovernorMetrics;
import dev.gcsync.governor.RetryCause;
import dev.gcsync.governor.ScopeState;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The metrics of a token pool's governors as one: per-token figures summed, shared scopes once. Pure. */
public final class PoolMetrics {
    private PoolMetrics() {}

    public static GovernorMetrics merge(List<GovernorMetrics> tokens) {
        if (tokens.size() == 1) {
            return tokens.get(0);
        }
        long requests = 0;
        long throttled = 0;
        long paused = 0;
        double effective = 0;
        double allowed = 0;
        double remaining = 0;
        int concurrency = 0;
        Map<RetryCause, Long> retries = new EnumMap<>(RetryCause.class);
        for (GovernorMetrics m : tokens) {
            requests += m.requests();
            throttled += m.throttled();
            paused = Math.max(paused, m.pausedNanos());
            effective += m.effectiveRate();
            allowed += m.allowedRate();
            remaining += m.remainingQuota();
            concurrency += m.concurrencyLimit();
            m.retries().forEach((k, v) -> retries.merge(k, v, Long::sum));
        }
        return new GovernorMetrics(
                requests, throttled, paused, retries, effective, allowed, remaining, concurrency, byName(tokens));
    }

    /**
     * The allowed rate of the scope that bound the pool: the one that held calls waiting longest (a per-token
     * scope's waits and rates summed over the tokens, a shared scope's once), else the tokens' own limits.
     */
    public static double boundRate(List<GovernorMetrics> tokens) {
        ScopeState bound = null;
        for (ScopeState s : byName(tokens)) {
            if (s.waitedNanosTotal() > 0 && (bound == null || s.waitedNanosTotal() > bound.waitedNanosTotal())) {
                bound = s;
            }
        }
        if (bound == null) {
            return tokens.stream().mapToDouble(GovernorMetrics::allowedRate).sum();
        }
        return bound.allowedRate();
    }

    /** Every scope once: a token's own summed over the tokens (waits, rates), a shared one as it is. */
    private static List<ScopeState> byName(List<GovernorMetrics> tokens) {
        Map<String, ScopeState> merged = new LinkedHashMap<>();
        for (GovernorMetrics m : tokens) {
            for (ScopeState s : m.scopes()) {
                merged.merge(
                        s.name(),
                        s,
                        (a, b) -> a.kind().shared()
                                ? a
                                : new ScopeState(
                                        a.name(),
                                        a.kind(),
                                        a.allowedRate() + b.allowedRate(),
                                        a.pacedRate() + b.pacedRate(),
                                        a.remaining() + b.remaining(),
                                        Math.min(a.rateFactor(), b.rateFactor()),
                                        Math.max(a.pausedNanosTotal(), b.pausedNanosTotal()),
                                        a.stopped() || b.stopped(),
                                        a.waitedNanosTotal() + b.waitedNanosTotal()));
            }
        }
        return new ArrayList<>(merged.values());
    }
}
