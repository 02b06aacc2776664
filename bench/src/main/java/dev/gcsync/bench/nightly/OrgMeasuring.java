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
    private OrgMeasuring() {
    }

    /**
     * @param background       the background that ran with the contender, or null (no org load)
     * @param backgroundMillis how long it ran (from the contender's first request to its end)
     * @param bucketWrites     the fewest writes the org bucket must let through (skills and queue members)
     */
    static OrgMeasures measure(Scenario s, Contender c, CountersSnapshot counters, BackgroundSpec background,
                               long backgroundMillis, long bucketWrites, double wallSeconds) {
        Double span = counters.firstWriteMillis() == 0 ? null
                : (counters.lastWriteMillis() - counters.firstWriteMillis()) / 1000.0;
        OrgLoad org = s.org();
        if (org == null || background == null) {
            return new OrgMeasures(span, null, null, null, null, null, null, null, null);
        }
        BucketRule bucket = org.bucket();
        long inBucket = 0;
        long refused = 0;
        for (Map.Entry<String, Long> e : counters.byRouteAndStatus().entrySet()) {
            String[] parts = e.getKey().split(" "); // "PATCH /api/v2/users/{userId}/routingskills/bulk 429"
            if (parts.length == 3 && bucket.matches(parts[0], parts[1])) {
                inBucket += e.getValue();
                refused += parts[2].equals("429") ? e.getValue() : 0;
            }
        }
        double bound = c.quietNight() ? org.quietBoundSeconds(bucketWrites, s.window())
                : org.busyBoundSeconds(bucketWrites, s.window());
        BackgroundCounts with = counters.background().get(OrgLoad.BUCKET);
        BackgroundCounts alone = alone(s.policy(), background, backgroundMillis);
        return new OrgMeasures(span, inBucket, refused, ScenarioRunner.round(bound),
                ScenarioRunner.round(wallSeconds / bound), with == null ? 0L : with.requests(),
                with == null ? 0L : with.throttled(), alone.throttled(), ScenarioRunner.round(backgroundMillis / 1000.0));
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
