package dev.gcsync.emulator;

import java.time.Duration;
import java.util.List;

/**
 * The rate limits the emulator enforces. Immutable; replace it at runtime through the admin API.
 *
 * @param enabled        false: nothing is ever refused (headers still count requests)
 * @param limit          requests per token per window (300: Genesys' client-credentials token limit)
 * @param window         fixed window length, from 1 s (compressed time) to 1 h; Genesys: 60 s
 * @param retryAfterDate send {@code Retry-After} as an HTTP-date instead of whole seconds
 * @param buckets        extra per-token buckets per endpoint family
 * @param orgLimit       requests per window across all tokens; 0 = no org-wide cap (unconfirmed in Genesys)
 * @param dailyLimit     requests per UTC day across all tokens; 0 = none
 * @param bulkCost       what a bulk call costs
 * @param bareRefusals   a 429 carries no {@code inin-ratelimit-*} header (genesys-api.md: "do not rely on them
 *                       being present on a 429")
 */
public record RatePolicy(boolean enabled, int limit, Duration window, boolean retryAfterDate,
                         List<BucketRule> buckets, int orgLimit, int dailyLimit, BulkCost bulkCost,
                         boolean bareRefusals) {

    /** 300: Genesys' {@code client.credentials.token.rate.per.minute}. */
    public static final int GENESYS_LIMIT = 300;
    /** 60 s: the window of that limit. */
    public static final Duration GENESYS_WINDOW = Duration.ofSeconds(60);

    public RatePolicy {
        if (limit < 1) {
            throw new IllegalArgumentException("rate limit must be >= 1 request per window, was " + limit);
        }
        if (window == null || window.compareTo(Duration.ofSeconds(1)) < 0 || window.compareTo(Duration.ofHours(1)) > 0
                || window.toMillis() % 1000 != 0) {
            throw new IllegalArgumentException("window must be whole seconds between 1s and 1h, was " + window);
        }
        if (orgLimit < 0 || dailyLimit < 0) {
            throw new IllegalArgumentException("orgLimit and dailyLimit must be >= 0 (0 = none)");
        }
        buckets = buckets == null ? List.of() : List.copyOf(buckets);
        bulkCost = bulkCost == null ? BulkCost.ONE : bulkCost;
    }

    /** Genesys' published limits: 300 per token per 60 s, seconds in Retry-After, bulk costs 1. */
    public static RatePolicy genesys() {
        return new RatePolicy(true, GENESYS_LIMIT, GENESYS_WINDOW, false, List.of(), 0, 0, BulkCost.ONE, false);
    }

    /** Nothing is refused. */
    public static RatePolicy unlimited() {
        return new RatePolicy(false, GENESYS_LIMIT, GENESYS_WINDOW, false, List.of(), 0, 0, BulkCost.ONE, false);
    }

    public RatePolicy withLimit(int newLimit, Duration newWindow) {
        return new RatePolicy(enabled, newLimit, newWindow, retryAfterDate, buckets, orgLimit, dailyLimit,
                bulkCost, bareRefusals);
    }

    public RatePolicy withRetryAfterDate(boolean asDate) {
        return new RatePolicy(enabled, limit, window, asDate, buckets, orgLimit, dailyLimit,
                bulkCost, bareRefusals);
    }

    public RatePolicy withBuckets(List<BucketRule> newBuckets) {
        return new RatePolicy(enabled, limit, window, retryAfterDate, newBuckets, orgLimit, dailyLimit,
                bulkCost, bareRefusals);
    }

    public RatePolicy withOrgLimit(int newOrgLimit) {
        return new RatePolicy(enabled, limit, window, retryAfterDate, buckets, newOrgLimit, dailyLimit,
                bulkCost, bareRefusals);
    }

    public RatePolicy withDailyLimit(int newDailyLimit) {
        return new RatePolicy(enabled, limit, window, retryAfterDate, buckets, orgLimit, newDailyLimit,
                bulkCost, bareRefusals);
    }

    public RatePolicy withBulkCost(BulkCost cost) {
        return new RatePolicy(enabled, limit, window, retryAfterDate, buckets, orgLimit, dailyLimit,
                cost, bareRefusals);
    }

    public RatePolicy withBareRefusals(boolean bare) {
        return new RatePolicy(enabled, limit, window, retryAfterDate, buckets, orgLimit, dailyLimit,
                bulkCost, bare);
    }

    public RatePolicy withEnabled(boolean on) {
        return new RatePolicy(on, limit, window, retryAfterDate, buckets, orgLimit, dailyLimit,
                bulkCost, bareRefusals);
    }
}
