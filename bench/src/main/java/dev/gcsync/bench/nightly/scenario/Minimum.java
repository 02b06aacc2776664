package dev.gcsync.bench.nightly.scenario;

import dev.gcsync.emulator.BucketRule;
import dev.gcsync.emulator.RatePolicy;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The fewest requests that bring the org to the desired state with Genesys' bulk endpoints, computed from
 * the scenario's definition (never from a contender's plan). Writes:
 * <ul>
 *   <li>skills: one {@code PATCH …/routingskills/bulk} per user whose skills change (≤ 50 skills per call);</li>
 *   <li>memberships: {@code ceil(joiners / 100)} {@code POST …/members} per queue (and per direction);</li>
 *   <li>wrap-up codes: {@code ceil(added / 100)} {@code POST …/wrapupcodes} per queue, plus one
 *       {@code DELETE …/wrapupcodes/{code}} per removed code.</li>
 * </ul>
 * Reads ({@link MinimumReads}): what a tool that diffs must read to plan. The baselines are handed the list
 * of changes and read nothing, so the harness reports time over both bounds: writes only, and writes + reads.
 *
 * @param userWrites  writes under {@code /api/v2/users/} (what profile {@code seed}'s bucket limits)
 * @param otherWrites queue writes
 * @param reads       the minimum reads
 */
public record Minimum(long userWrites, long otherWrites, MinimumReads reads) {
    private static final String USER_WRITE_PATH = "/api/v2/users/{userId}/routingskills/bulk";
    private static final String QUEUE_WRITE_PATH = "/api/v2/routing/queues/{queueId}/members";

    public static Minimum of(Desired d) {
        long skills = d.users().stream().filter(u -> u.changedSkill() != null).count();
        long queue = memberWrites(d);
        for (QueueWant q : d.queues()) {
            queue += (q.add().size() + 99) / 100 + q.remove().size();
        }
        return new Minimum(skills, queue, MinimumReads.of(d));
    }

    /** The fewest queue-member writes: {@code ceil(joiners / 100)} per queue. */
    public static long memberWrites(Desired d) {
        Map<String, Integer> joiners = new HashMap<>();
        d.users().stream()
                .filter(u -> u.joinQueue() != null)
                .forEach(u -> joiners.merge(u.joinQueue(), 1, Integer::sum));
        return joiners.values().stream().mapToLong(n -> (n + 99) / 100).sum();
    }

    /** The minimum write requests. */
    public long writes() {
        return userWrites + otherWrites;
    }

    /** The minimum read requests. */
    public long readCount() {
        return reads.total();
    }

    /** The shortest time of the minimum writes alone (the baselines' bound); NaN when nothing limits. */
    public double writeBoundSeconds(RatePolicy policy) {
        return boundSeconds(policy, false);
    }

    /** The shortest time of the minimum writes and reads; NaN when nothing limits. */
    public double boundSeconds(RatePolicy policy) {
        return boundSeconds(policy, true);
    }

    /**
     * Every limit is a bucket with a rate (limit ÷ window): the token's bucket counts every request, each extra
     * bucket counts the requests its rule matches. The bound is the largest of (requests in a bucket ÷ that
     * bucket's rate): {@code max(requests / tokenLimit, max over buckets b of requests(b) / limit(b)) × window}.
     */
    private double boundSeconds(RatePolicy policy, boolean withReads) {
        if (!policy.enabled()) {
            return Double.NaN;
        }
        List<Requests> all = new ArrayList<>(List.of(
                new Requests("PATCH", USER_WRITE_PATH, userWrites),
                new Requests("POST", QUEUE_WRITE_PATH, otherWrites)));
        if (withReads) {
            all.add(new Requests("GET", "/api/v2/users/query", reads.userPages()));
            all.add(new Requests("GET", "/api/v2/routing/skills", reads.cataloguePages()));
            all.add(new Requests("GET", QUEUE_WRITE_PATH, reads.memberPages() + reads.codePages()));
        }
        double windows = (double) all.stream().mapToLong(Requests::count).sum() / policy.limit();
        for (BucketRule b : policy.buckets()) {
            long inBucket = all.stream()
                    .filter(r -> b.matches(r.method(), r.path()))
                    .mapToLong(Requests::count)
                    .sum();
            windows = Math.max(windows, (double) inBucket / b.limit());
        }
        return windows * policy.window().toMillis() / 1000.0;
    }

    private record Requests(String method, String path, long count) {}
}
