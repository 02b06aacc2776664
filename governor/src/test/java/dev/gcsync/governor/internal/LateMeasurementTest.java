package dev.gcsync.governor.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gcsync.governor.GovernorConfig;
import dev.gcsync.governor.LearnedLimit;
import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A refusal's count is applied after the lock it was measured under is let go; an answer in flight at the
 * refusal may correct the count in between. The order of the two must not matter: what stays learned and
 * paced is the latest count (LearnedLimitsIT learned 9 of a bucket of 10 on a loaded machine when the
 * refusal's thread came second).
 */
class LateMeasurementTest {
    private static final long MS = 1_000_000L;
    private static final long S = 1_000_000_000L;
    private static final Instant AT = Instant.parse("2026-12-04T17:28:02Z");

    @ParameterizedTest(name = "the refusal's scope made before the correction: {0}")
    @ValueSource(booleans = {false, true})
    void aCorrectionMadeBeforeTheRefusalsCountIsAppliedStands(boolean scopeFirst) {
        GovernorConfig config = GovernorConfig.defaults();
        Scopes scopes = new Scopes(config, new SharedScopes(config));
        HiddenBucket bucket = scopes.tracker("users:write");
        HiddenBucket.Measurement refusals;
        synchronized (bucket) {
            for (int i = 0; i < 9; i++) {
                bucket.onAccepted((10 + i * 5) * MS);
            }
            refusals =
                    bucket.onRefused(80 * MS, 90 * MS, 2 * S, 2 * S).measured().orElseThrow();
        }
        assertThat(refusals.limit()).isEqualTo(9);

        // the 10th accepted answer (sent at 60 ms) comes back before the refusal's thread applies its count
        if (scopeFirst) {
            scopes.hiddenScope("users:write", 90 * MS, AT, java.time.Duration.ofSeconds(2));
            assertThat(scopes.onAccepted("users:write", 60 * MS, AT))
                    .hasValueSatisfying(l -> assertThat(l.limit()).isEqualTo(10));
        } else {
            assertThat(scopes.onAccepted("users:write", 60 * MS, AT))
                    .as("no scope of the family yet: the bucket's count is corrected, nothing paced yet")
                    .isEmpty();
            scopes.hiddenScope("users:write", 90 * MS, AT, java.time.Duration.ofSeconds(2));
        }
        LearnedLimit applied = scopes.learnBursts("users:write", refusals, AT);

        assertThat(applied.limit()).isEqualTo(10);
        assertThat(scopes.learned()).extracting(LearnedLimit::limit).containsExactly(10);
        assertThat(scopes.hiddenOf("users:write").orElseThrow().snapshot().allowedRate())
                .as("paced at the latest count: 10 per 2 s plus its guard")
                .isEqualTo(LearnedLimit.pacedRatePerSecond(10, java.time.Duration.ofSeconds(2)));
    }
}
