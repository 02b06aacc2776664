package dev.gcsync.bench.governor;

import dev.gcsync.emulator.BucketRule;
import dev.gcsync.emulator.RatePolicy;
import java.time.Duration;
import java.util.List;

/**
 * One server setting the two clients are measured under.
 *
 * @param name        short label for the table
 * @param policy      the emulator's rate policy
 * @param allowedRate the binding limit per second (token limit, or the stricter bucket)
 */
record Scenario(String name, RatePolicy policy, double allowedRate) {

    static Scenario seconds(int limit, Duration window) {
        return new Scenario(
                "Retry-After: seconds",
                RatePolicy.genesys().withLimit(limit, window),
                (double) limit / window.toSeconds());
    }

    static Scenario httpDate(int limit, Duration window) {
        return new Scenario(
                "Retry-After: HTTP-date",
                RatePolicy.genesys().withLimit(limit, window).withRetryAfterDate(true),
                (double) limit / window.toSeconds());
    }

    static Scenario bucket(int limit, Duration window, int bucketLimit) {
        return new Scenario(
                "user-writes bucket " + bucketLimit + "/" + window.toSeconds() + "s",
                RatePolicy.genesys().withLimit(limit, window).withBuckets(List.of(BucketRule.userWrites(bucketLimit))),
                (double) Math.min(limit, bucketLimit) / window.toSeconds());
    }
}
