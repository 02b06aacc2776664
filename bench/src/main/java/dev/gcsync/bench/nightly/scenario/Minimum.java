package dev.gcsync.bench.nightly.scenario;

import dev.gcsync.emulator.BucketRule;
import dev.gcsync.emulator.RatePolicy;
import java.util.HashMap;
import java.util.Map;

/**
 * The fewest write requests that bring the org to the desired state with Genesys' bulk endpoints, computed
 * from the scenario's definition (never from a contender's plan). Reads are not included: the baselines are
 * handed the list of changes and read nothing, while a tool that diffs (gcsync) pays its reads on top.
 * <ul>
 *   <li>skills: one {@code PATCH …/routingskills/bulk} per user whose skills change (≤ 50 skills per call);</li>
 *   <li>memberships: {@code ceil(joiners / 100)} {@code POST …/members} per queue (and per direction);</li>
 *   <li>wrap-up codes: {@code ceil(added / 100)} {@code POST …/wrapupcodes} per queue, plus one
 *       {@code DELETE …/wrapupcodes/{code}} per removed code.</li>
 * </ul>
 *
 * @param userWrites  writes under {@code /api/v2/users/} (what profile {@code seed}'s bucket limits)
 * @param otherWrites queue writes
 */
public record Minimum(long userWrites, long otherWrites) {
    private static final String USER_WRITE_PATH = "/api/v2/users/{userId}/routingskills/bulk";

    public static Minimum of(Desired d) {
        long skills = d.users().stream().filter(u -> u.changedSkill() != null).count();
        Map<String, Integer> joiners = new HashMap<>();
        d.users().stream().filter(u -> u.joinQueue() != null).forEach(u -> joiners.merge(u.joinQueue(), 1, Integer::sum));
        long queue = joiners.values().stream().mapToLong(n -> (n + 99) / 100).sum();
        for (QueueWant q : d.queues()) {
            queue += (q.add().size() + 99) / 100 + q.remove().size();
        }
        return new Minimum(skills, queue);
    }

    public long total() {
        return userWrites + otherWrites;
    }

    /**
     * The shortest time the minimum can take under {@code policy}: every limit that applies is a rate
     * (limit ÷ window), and the slowest family decides. NaN when the policy refuses nothing.
     */
    public double boundSeconds(RatePolicy policy) {
        if (!policy.enabled()) {
            return Double.NaN;
        }
        double windows = (double) total() / policy.limit();
        for (BucketRule b : policy.buckets()) {
            if (b.matches("PATCH", USER_WRITE_PATH)) {
                windows = Math.max(windows, (double) userWrites / b.limit());
            }
        }
        return windows * policy.window().toMillis() / 1000.0;
    }
}
