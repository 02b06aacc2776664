package dev.gcsync.governor;

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
 * @param scopes         every scope's state (the token first, then separate endpoint families)
 */
public record GovernorMetrics(long requests, long throttled, long pausedNanos, Map<RetryCause, Long> retries,
                              double effectiveRate, double allowedRate, double remainingQuota, int concurrencyLimit,
                              List<RateScope.State> scopes) {
}
