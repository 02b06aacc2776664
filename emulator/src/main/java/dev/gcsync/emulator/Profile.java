package dev.gcsync.emulator;

import java.util.List;
import java.util.Set;

/** Presets of policy and faults. */
public enum Profile {
    /** Genesys' published limits: 300 requests per token per 60 s; no faults. */
    GENESYS,
    /** As GENESYS plus a stricter bucket: writes under /api/v2/users/ limited to 50 per window. */
    SEED,
    /** No limits, no faults: for throughput tests. */
    UNLIMITED,
    /**
     * As GENESYS plus org-scoped buckets (shared by every token and client of the org) on users' routing writes,
     * queue-member writes and queue writes: the per-organisation limits Genesys announced for 10 August 2026.
     */
    ORG;

    /** 50: the point where a naive per-user update loop is seen to choke. */
    public static final int SEED_USER_WRITES = 50;

    /**
     * 180 per window: users' routing writes (skills and languages) for the whole org. Assumed: Genesys
     * publishes no value; 180 is the other {@code inin-ratelimit-allowed} value its SDK README shows, below the
     * per-token 300, so one token alone can exhaust it.
     */
    public static final int ORG_USER_ROUTING_WRITES = 180;
    /** 180 per window: queue-member writes for the whole org (assumed, as above). */
    public static final int ORG_QUEUE_MEMBER_WRITES = 180;
    /** 60 per window: other queue writes (wrap-up codes) for the whole org (assumed: admin edits are rarer). */
    public static final int ORG_QUEUE_WRITES = 60;

    private static final Set<String> WRITES = Set.of("POST", "PUT", "PATCH", "DELETE");

    public RatePolicy policy() {
        return switch (this) {
            case GENESYS -> RatePolicy.genesys();
            case SEED -> RatePolicy.genesys().withBuckets(List.of(BucketRule.userWrites(SEED_USER_WRITES)));
            case UNLIMITED -> RatePolicy.unlimited();
            case ORG ->
                RatePolicy.genesys()
                        .withBuckets(orgBuckets(ORG_USER_ROUTING_WRITES, ORG_QUEUE_MEMBER_WRITES, ORG_QUEUE_WRITES));
        };
    }

    /**
     * The buckets of profile {@code org} with other limits per window: {@code user-routing-writes} (skills and
     * languages of users, namespace {@code users}), {@code queue-member-writes} and {@code queue-writes}
     * (namespace {@code routing}); org scope, windows opening at the first request, documented.
     */
    public static List<BucketRule> orgBuckets(int userRoutingWrites, int queueMemberWrites, int queueWrites) {
        return List.of(
                org("user-routing-writes", "/api/v2/users/*/routing", userRoutingWrites, "users"),
                org("queue-member-writes", "/api/v2/routing/queues/*/members", queueMemberWrites, "routing"),
                org("queue-writes", "/api/v2/routing/queues/*/wrapupcodes", queueWrites, "routing"));
    }

    private static BucketRule org(String name, String path, int limit, String namespace) {
        return new BucketRule(
                name, WRITES, path, limit, false, BucketScope.ORG, WindowAlign.FIRST, null, false, namespace);
    }

    public Faults faults() {
        return Faults.none();
    }
}
