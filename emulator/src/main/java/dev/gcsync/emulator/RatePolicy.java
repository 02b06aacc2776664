package dev.gcsync.emulator;

import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

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
 * @param tokenRequests  token requests ({@code POST /oauth/token}) one OAuth client may make per
 *                       {@code tokenWindow}; 0 = unthrottled. Genesys throttles its login endpoint (its Terraform
 *                       provider retries token requests, PR #1004) without publishing the value
 * @param tokenWindow    the window of {@code tokenRequests} (null = 60 s)
 */
public record RatePolicy(
        boolean enabled,
        int limit,
        Duration window,
        boolean retryAfterDate,
        List<BucketRule> buckets,
        int orgLimit,
        int dailyLimit,
        BulkCost bulkCost,
        boolean bareRefusals,
        int tokenRequests,
        Duration tokenWindow) {

    /** 300: Genesys' {@code client.credentials.token.rate.per.minute}. */
    public static final int GENESYS_LIMIT = 300;
    /** 60 s: the window of that limit. */
    public static final Duration GENESYS_WINDOW = Duration.ofSeconds(60);

    public RatePolicy {
        if (limit < 1) {
            throw new IllegalArgumentException("rate limit must be >= 1 request per window, was " + limit);
        }
        if (window == null
                || window.compareTo(Duration.ofSeconds(1)) < 0
                || window.compareTo(Duration.ofHours(1)) > 0
                || window.toMillis() % 1000 != 0) {
            throw new IllegalArgumentException("window must be whole seconds between 1s and 1h, was " + window);
        }
        if (orgLimit < 0 || dailyLimit < 0) {
            throw new IllegalArgumentException("orgLimit and dailyLimit must be >= 0 (0 = none)");
        }
        if (tokenRequests < 0) {
            throw new IllegalArgumentException("tokenRequests must be >= 0 (0 = unthrottled), was " + tokenRequests);
        }
        tokenWindow = tokenWindow == null ? GENESYS_WINDOW : tokenWindow;
        if (tokenWindow.compareTo(Duration.ofSeconds(1)) < 0
                || tokenWindow.compareTo(Duration.ofHours(1)) > 0
                || tokenWindow.toMillis() % 1000 != 0) {
            throw new IllegalArgumentException(
                    "tokenWindow must be whole seconds between 1s and 1h, was " + tokenWindow);
        }
        buckets = buckets == null ? List.of() : List.copyOf(buckets);
        Set<String> names = new HashSet<>();
        for (BucketRule b : buckets) {
            if (!names.add(b.name())) {
                throw new IllegalArgumentException("bucket name '" + b.name() + "' is given twice");
            }
        }
        bulkCost = bulkCost == null ? BulkCost.ONE : bulkCost;
    }

    /** Genesys' published limits: 300 per token per 60 s, seconds in Retry-After, bulk costs 1. */
    public static RatePolicy genesys() {
        return new RatePolicy(
                true, GENESYS_LIMIT, GENESYS_WINDOW, false, List.of(), 0, 0, BulkCost.ONE, false, 0, null);
    }

    /** Nothing is refused. */
    public static RatePolicy unlimited() {
        return new RatePolicy(
                false, GENESYS_LIMIT, GENESYS_WINDOW, false, List.of(), 0, 0, BulkCost.ONE, false, 0, null);
    }

    public RatePolicy withLimit(int newLimit, Duration newWindow) {
        return new RatePolicy(
                enabled,
                newLimit,
                newWindow,
                retryAfterDate,
                buckets,
                orgLimit,
                dailyLimit,
                bulkCost,
                bareRefusals,
                tokenRequests,
                tokenWindow);
    }

    public RatePolicy withRetryAfterDate(boolean asDate) {
        return new RatePolicy(
                enabled,
                limit,
                window,
                asDate,
                buckets,
                orgLimit,
                dailyLimit,
                bulkCost,
                bareRefusals,
                tokenRequests,
                tokenWindow);
    }

    public RatePolicy withBuckets(List<BucketRule> newBuckets) {
        return new RatePolicy(
                enabled,
                limit,
                window,
                retryAfterDate,
                newBuckets,
                orgLimit,
                dailyLimit,
                bulkCost,
                bareRefusals,
                tokenRequests,
                tokenWindow);
    }

    public RatePolicy withOrgLimit(int newOrgLimit) {
        return new RatePolicy(
                enabled,
                limit,
                window,
                retryAfterDate,
                buckets,
                newOrgLimit,
                dailyLimit,
                bulkCost,
                bareRefusals,
                tokenRequests,
                tokenWindow);
    }

    public RatePolicy withDailyLimit(int newDailyLimit) {
        return new RatePolicy(
                enabled,
                limit,
                window,
                retryAfterDate,
                buckets,
                orgLimit,
                newDailyLimit,
                bulkCost,
                bareRefusals,
                tokenRequests,
                tokenWindow);
    }

    public RatePolicy withBulkCost(BulkCost cost) {
        return new RatePolicy(
                enabled,
                limit,
                window,
                retryAfterDate,
                buckets,
                orgLimit,
                dailyLimit,
                cost,
                bareRefusals,
                tokenRequests,
                tokenWindow);
    }

    public RatePolicy withBareRefusals(boolean bare) {
        return new RatePolicy(
                enabled,
                limit,
                window,
                retryAfterDate,
                buckets,
                orgLimit,
                dailyLimit,
                bulkCost,
                bare,
                tokenRequests,
                tokenWindow);
    }

    public RatePolicy withEnabled(boolean on) {
        return new RatePolicy(
                on,
                limit,
                window,
                retryAfterDate,
                buckets,
                orgLimit,
                dailyLimit,
                bulkCost,
                bareRefusals,
                tokenRequests,
                tokenWindow);
    }

    /** {@code requests} token requests per OAuth client per {@code window}; 0 = unthrottled. */
    public RatePolicy withTokenRate(int requests, Duration per) {
        return new RatePolicy(
                enabled,
                limit,
                window,
                retryAfterDate,
                buckets,
                orgLimit,
                dailyLimit,
                bulkCost,
                bareRefusals,
                requests,
                per == null ? tokenWindow : per);
    }

    /** The bucket named {@code name}, or null. */
    public BucketRule bucket(String name) {
        return buckets.stream().filter(b -> b.name().equals(name)).findFirst().orElse(null);
    }
}
