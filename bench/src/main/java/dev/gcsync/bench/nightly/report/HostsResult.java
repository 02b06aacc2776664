package dev.gcsync.bench.nightly.report;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * {@code bench/results/s6-hosts.json}: the scenario, the org bucket and its background, and each run.
 *
 * @param share          the budget share in the bound (gcsync's {@code --budget-share}; the proxy's default)
 * @param bucketLimit    the org bucket's writes per window
 * @param windowSeconds  its window
 * @param documented     whether the limit namespaces list it
 * @param background     the background's fractions of the bucket over the three thirds of the bound
 * @param redis          where the Redis run's store was (without a password)
 */
@JsonPropertyOrder({
    "scenario",
    "timeScale",
    "share",
    "bucketLimit",
    "windowSeconds",
    "documented",
    "background",
    "redis",
    "runs"
})
public record HostsResult(
        String scenario,
        int timeScale,
        double share,
        int bucketLimit,
        long windowSeconds,
        boolean documented,
        List<Double> background,
        String redis,
        List<HostsRun> runs) {
    public HostsResult {
        background = List.copyOf(background);
        runs = List.copyOf(runs);
    }
}
