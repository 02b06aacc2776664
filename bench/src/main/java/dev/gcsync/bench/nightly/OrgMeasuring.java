package dev.gcsync.bench.nightly;

import dev.gcsync.bench.nightly.contender.Contender;
import dev.gcsync.bench.nightly.report.OrgMeasures;
import dev.gcsync.bench.nightly.scenario.OrgLoad;
import dev.gcsync.bench.nightly.scenario.Scenario;
import dev.gcsync.emulator.BucketRule;
import dev.gcsync.emulator.RatePolicy;
import dev.gcsync.emulator.admin.CountersSnapshot;
import dev.gcsync.emulator.background.BackgroundCounts;
import dev.gcsync.emulator.background.BackgroundSpec;
import dev.gcsync.emulator.background.TrafficGate;
import dev.gcsync.emulator.limits.RateLimiter;
import java.util.List;
import java.util.Map;

/** Issue 15's measures of one row, from the server's counters. Stateless. */
final class OrgMeasuring {
    private OrgMeasuring() {}

    /**
     * @param background       the background that ran with the contender, or null (no org load)
     * @param backgroundMillis how long it ran (from the contender's first request to its end)
     * @param bucketWrites     the fewest writes the org bucket must let through (skills and queue members)
     */
    static OrgMeasures measure(
            Scenario s,
            Contender c,
            CountersSnapshot counters,
            BackgroundSpec background,
            long backgroundMillis,
            long bucketWrites,
            double wallSeconds,
            List<Long> perWindow) {
        Double span = counters.firstWriteMillis() == 0
                ? null
                : (counters.lastWriteMillis() - counters.firstWriteMillis()) / 1000.0;
        OrgLoad org = s.org();
        if (org == null || background == null) {
            return new OrgMeasures(span, null, null, null, null, null, null, null, null, null, null, null);
        }
        BucketRule bucket = org.bucket();
        long inBucket = onBucket(counters, bucket, false);
        long refused = inBucket - onBucket(counters, bucket, true);
        double bound = c.quietNight()
                ? org.quietBoundSeconds(bucketWrites, s.window())
                : org.busyBoundSeconds(bucketWrites, s.window());
        Integer down = null;
        Integer up = null;
        if (!c.quietNight()) {
            int third = (int) Math.floor(bound / 3 / (s.window().toMillis() / 1000.0));
            int twoThirds = (int) Math.floor(2 * bound / 3 / (s.window().toMillis() / 1000.0));
            down = Pace.windowsToFollow(
                    perWindow, third, org.perWindow(org.busy().get(1)), true);
            up = Pace.windowsToFollow(
                    perWindow, twoThirds, org.perWindow(org.busy().get(2)), false);
        }
        BackgroundCounts with = counters.background().get(OrgLoad.BUCKET);
        BackgroundCounts alone = alone(s.policy(), background, backgroundMillis);
        return new OrgMeasures(
                span,
                inBucket,
                refused,
                ScenarioRunner.round(bound),
                ScenarioRunner.round(wallSeconds / bound),
                with == null ? 0L : with.requests(),
                with == null ? 0L : with.throttled(),
                alone.throttled(),
                ScenarioRunner.round(backgroundMillis / 1000.0),
                List.copyOf(perWindow),
                down,
                up);
    }

    /**
     * The contender's requests on a bucket's routes, from the per-route counters
     * ({@code "PATCH /api/v2/users/{userId}/routingskills/bulk 429"}); with {@code allowedOnly}, the 2xx ones.
     */
    static long onBucket(CountersSnapshot counters, BucketRule bucket, boolean allowedOnly) {
        long n = 0;
        for (Map.Entry<String, Long> e : counters.byRouteAndStatus().entrySet()) {
            String[] parts = e.getKey().split(" ");
            if (parts.length == 3 && bucket.matches(parts[0], parts[1]) && (!allowedOnly || parts[2].startsWith("2"))) {
                n += e.getValue();
            }
        }
        return n;
    }

    /**
     * What the background meets with nobody else in the org, over {@code millis}: the same generator and limiter
     * as the emulator's, in virtual time (a gate of its own, no HTTP, no waiting).
     */
    static BackgroundCounts alone(RatePolicy policy, BackgroundSpec background, long millis) {
        TrafficGate gate = new TrafficGate(new RateLimiter(policy), List.of(background), 0);
        return gate.counts(millis).get(background.bucket());
    }
}
