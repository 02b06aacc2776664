package dev.gcsync.proxy;

import static org.assertj.core.api.Assertions.assertThat;

import com.mypurecloud.sdk.v2.api.UsersApi;
import dev.gcsync.budget.redis.TestRedis;
import dev.gcsync.emulator.Emulator;
import dev.gcsync.emulator.EmulatorConfig;
import dev.gcsync.emulator.Faults;
import dev.gcsync.emulator.RatePolicy;
import dev.gcsync.emulator.admin.CountersSnapshot;
import dev.gcsync.governor.GovernorConfig;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Two proxy replicas behind a load balancer receive the same bearer token. On one Redis they take the token's
 * window together (its slots keyed by the token's hash): the server's per-token counters never refuse, and Redis
 * holds the token's hash, never the token.
 */
class ReplicasOneTokenIT {
    private static final Logger LOG = LoggerFactory.getLogger(ReplicasOneTokenIT.class);
    private static final int PER_REPLICA = 40;

    private static CountersSnapshot run(String redisUrl, List<String> tokens) throws Exception {
        try (Emulator emulator = Emulator.start(EmulatorConfig.builder()
                        .users(2 * PER_REPLICA)
                        .seed(17)
                        .policy(RatePolicy.genesys().withLimit(20, Duration.ofSeconds(2)))
                        .faults(Faults.none())
                        .build());
                Sidecars replicas = new Sidecars()) {
            List<String> ids = emulator.admin().exportState().users().stream()
                    .map(u -> u.id())
                    .toList();
            GcsyncProxy a = replicas.start(emulator, GovernorConfig.defaults(), redisUrl);
            GcsyncProxy b = replicas.start(emulator, GovernorConfig.defaults(), redisUrl);
            String token = ProxyFixture.fetchToken(a.baseUrl(), null);
            tokens.add(token);
            UsersApi viaA = Sidecars.sdk(a, token);
            UsersApi viaB = Sidecars.sdk(b, token);
            Sidecars.warmUp(a, viaA, ids.get(0));
            Sidecars.warmUp(b, viaB, ids.get(1));
            emulator.admin().resetCounters();
            assertThat(Sidecars.writeAtOnce(
                            List.of(viaA, viaB),
                            List.of(ids.subList(0, PER_REPLICA), ids.subList(PER_REPLICA, 2 * PER_REPLICA)),
                            emulator.admin().exportState().skills().get(0).id(),
                            4))
                    .as("calls the SDK saw fail")
                    .isZero();
            CountersSnapshot c = emulator.admin().counters();
            assertThat(c.byToken()).as("one token").hasSize(1);
            assertThat(c.writes())
                    .hasSize(2 * PER_REPLICA)
                    .allSatisfy((op, n) -> assertThat(n).as(op).isEqualTo(1L));
            return c;
        }
    }

    @Test
    void twoReplicasWithOneTokenOnOneRedisStayUnderTheTokensWindow() throws Exception {
        List<String> tokens = new ArrayList<>();
        try (TestRedis redis = TestRedis.start()) {
            CountersSnapshot shared = run(redis.url(), tokens);
            CountersSnapshot alone = run(null, tokens);
            LOG.info(
                    "one token, two replicas: on one Redis {} requests, {} refused; each alone {} requests, {} refused",
                    shared.requests(),
                    shared.throttled(),
                    alone.requests(),
                    alone.throttled());
            assertThat(shared.throttledByToken())
                    .as("the token's window refused nothing")
                    .isEmpty();
            assertThat(shared.throttled()).isZero();
            assertThat(redis.everything())
                    .as("the token's window is counted in Redis under its hash")
                    .anySatisfy(kv -> assertThat(kv).matches(".*:slot:token:t-[0-9a-f]{12}:token = .*"));
            List<String> secrets = new ArrayList<>(tokens);
            secrets.add(EmulatorConfig.DEFAULT_CLIENT_SECRET);
            redis.assertHoldsNoSecret(secrets.toArray(String[]::new));
        }
    }
}
