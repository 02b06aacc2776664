package dev.gcsync.proxy;

import static org.assertj.core.api.Assertions.assertThat;

import com.mypurecloud.sdk.v2.api.UsersApi;
import dev.gcsync.emulator.BucketRule;
import dev.gcsync.emulator.Emulator;
import dev.gcsync.emulator.EmulatorConfig;
import dev.gcsync.emulator.Faults;
import dev.gcsync.emulator.RatePolicy;
import dev.gcsync.emulator.store.StateSnapshot;
import dev.gcsync.governor.GovernorConfig;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A proxy's very first callers write at once into an org bucket the org documents in its limit namespaces: the
 * requests that come while the proxy reads those limits wait for the read, so the documented bucket is paced
 * from the first write and the server refuses none (sent before, they would spend it in a burst as an
 * undocumented bucket's and meet its refusals).
 */
class FirstRequestsWaitForLimitsIT {
    private static final String BUCKET = "user-routing-writes";
    private static final int LIMIT = 12;
    private static final Duration WINDOW = Duration.ofSeconds(2);
    private static final int WRITES = 24;

    @Test
    void writesSentWhileTheLimitsAreReadArePacedByThem() throws Exception {
        RatePolicy policy = RatePolicy.genesys()
                .withLimit(100_000, Duration.ofSeconds(60))
                .withBuckets(List.of(BucketRule.parse(BUCKET + ":POST,PUT,PATCH,DELETE:/api/v2/users/*/routing:" + LIMIT
                        + ":scope=org:window=" + WINDOW.toSeconds() + "s")));
        try (Emulator emulator = Emulator.start(EmulatorConfig.builder()
                        .users(WRITES + 2)
                        .seed(7)
                        .policy(policy)
                        .faults(Faults.none())
                        .build());
                Sidecars sidecars = new Sidecars()) {
            StateSnapshot state = emulator.admin().exportState();
            List<String> ids = state.users().stream().map(u -> u.id()).toList();
            String skill = state.skills().get(0).id();
            GcsyncProxy proxy = sidecars.start(
                    emulator,
                    GovernorConfig.defaults().toBuilder().budgetShare(0.5).build(),
                    null);
            UsersApi users = Sidecars.sdk(proxy, ProxyFixture.fetchToken(proxy.baseUrl(), null));
            emulator.admin().resetCounters();

            // no warm-up: eight threads write at once, the proxy's first requests
            assertThat(Sidecars.writeAtOnce(List.of(users), List.of(ids.subList(0, WRITES)), skill, 8))
                    .as("calls the SDK saw fail")
                    .isZero();

            assertThat(proxy.documentedLimits()).isDone();
            assertThat(emulator.admin().counters().throttled())
                    .as("refusals of the documented bucket: paced from the first write")
                    .isZero();
            assertThat(emulator.admin().counters().writes()).hasSize(WRITES);
        }
    }
}
