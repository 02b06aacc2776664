package dev.gcsync.emulator;

import java.util.List;

/** Presets of policy and faults. */
public enum Profile {
    /** Genesys' published limits: 300 requests per token per 60 s; no faults. */
    GENESYS,
    /** As GENESYS plus a stricter bucket: writes under /api/v2/users/ limited to 50 per window. */
    SEED,
    /** No limits, no faults: for throughput tests. */
    UNLIMITED;

    /** 50: the point where a naive per-user update loop is seen to choke. */
    public static final int SEED_USER_WRITES = 50;

    public RatePolicy policy() {
        return switch (this) {
            case GENESYS -> RatePolicy.genesys();
            case SEED -> RatePolicy.genesys().withBuckets(List.of(BucketRule.userWrites(SEED_USER_WRITES)));
            case UNLIMITED -> RatePolicy.unlimited();
        };
    }

    public Faults faults() {
        return Faults.none();
    }
}
