package dev.gcsync.sync.report;

import java.util.ArrayList;
import java.util.List;

/**
 * Folds a per-second timeline into at most {@code maxBuckets} equal spans of seconds, so that a run of many
 * hours still draws as a chart of bounded size. A timeline no longer than {@code maxBuckets} seconds keeps one
 * bucket per second. Pure.
 */
final class Downsampler {

    private Downsampler() {}

    static List<RateBucket> downsample(List<TimelinePoint> timeline, int maxBuckets) {
        if (maxBuckets < 1) {
            throw new IllegalArgumentException("maxBuckets must be at least 1, was " + maxBuckets);
        }
        if (timeline.isEmpty()) {
            return List.of();
        }
        long last = timeline.stream().mapToLong(TimelinePoint::second).max().orElseThrow();
        long seconds = Math.max(0, last) + 1;
        long width = (seconds + maxBuckets - 1) / maxBuckets;
        int count = (int) ((seconds + width - 1) / width);
        long[] requests = new long[count];
        int[] throttled = new int[count];
        long[] paused = new long[count];
        double[] allowed = new double[count];
        long[] bound = new long[count];
        double[] tokenAllowed = new double[count];
        for (TimelinePoint p : timeline) {
            if (p.second() < 0) {
                continue;
            }
            int i = (int) (p.second() / width);
            requests[i] += p.requests();
            throttled[i] += p.throttled();
            paused[i] += p.pausedMillis();
            allowed[i] = Math.max(allowed[i], p.allowedPerSecond());
            bound[i] += p.boundRequests();
            tokenAllowed[i] = Math.max(tokenAllowed[i], p.tokenAllowedPerSecond());
        }
        List<RateBucket> buckets = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            long from = i * width;
            long to = Math.min(seconds, from + width);
            buckets.add(new RateBucket(
                    from,
                    to,
                    (double) requests[i] / (to - from),
                    throttled[i],
                    paused[i],
                    allowed[i],
                    (double) bound[i] / (to - from),
                    tokenAllowed[i]));
        }
        return buckets;
    }
}
