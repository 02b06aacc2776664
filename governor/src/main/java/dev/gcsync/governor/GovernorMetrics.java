package dev.gcsync.governor;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * A snapshot of a governor's counters.
 *
 * @param requests       attempts sent
 * @param throttled      429 answers
 * @param pausedNanos    total time the token scope was paused by 429s
 * @param retries        retries by cause
 * @param effectiveRate  attempts per second since the first one
 * @param allowedRate    the token scope's allowed rate per second (0 until known)
 * @param remainingQuota requests estimated left in the token's current window (NaN when unknown)
 * @param concurrencyLimit the current adaptive bound on requests in flight
 * @param scopes         every scope's state: this token's, then the shared ones
 */
public record GovernorMetrics(
        long requests,
        long throttled,
        long pausedNanos,
        Map<RetryCause, Long> retries,
        double effectiveRate,
        double allowedRate,
        double remainingQuota,
        int concurrencyLimit,
        List<ScopeState> scopes) {
    public GovernorMetrics {
        scopes = List.copyOf(scopes);
    }

    /** The token's own scope (named {@code token}). */
    public ScopeState token() {
        return scopes.stream().filter(s -> s.name().equals("token")).findFirst().orElseThrow();
    }

    /**
     * The scope that bound the run: the one that held callers waiting longest (pacing and pauses), else the
     * token's. Its allowed rate is what the run should be counted against.
     */
    public ScopeState bound() {
        return scopes.stream()
                .filter(s -> s.waitedNanosTotal() > 0)
                .max(Comparator.comparingLong(ScopeState::waitedNanosTotal))
                .orElseGet(this::token);
    }
}
