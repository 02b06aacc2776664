package dev.gcsync.proxy;

import static org.assertj.core.api.Assertions.assertThat;

import com.mypurecloud.sdk.v2.api.UsersApi;
import dev.gcsync.budget.redis.TestRedis;
import dev.gcsync.emulator.BucketRule;
import dev.gcsync.emulator.Emulator;
import dev.gcsync.emulator.EmulatorConfig;
import dev.gcsync.emulator.Faults;
import dev.gcsync.emulator.RatePolicy;
import dev.gcsync.emulator.admin.CountersSnapshot;
import dev.gcsync.emulator.background.BackgroundSpec;
import dev.gcsync.emulator.store.StateSnapshot;
import dev.gcsync.governor.GovernorConfig;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Two {@code gcsync proxy} sidecars (two pods of one org, each with its own token) in front of one emulator
 * whose users' routing writes meet an org-scoped bucket that the org's other integrations also spend, the
 * official SDK behind each writing at once. With one Redis between them they pace the bucket together (read
 * from the org's limit namespaces by each proxy with its first caller's token): the bucket's refusals stay
 * within 1% of the requests and every write lands once. Each alone (local stores) spends it twice over and is
 * refused. Nothing secret reaches Redis.
 */
class TwoSidecarsIT {
    private static final Logger LOG = LoggerFactory.getLogger(TwoSidecarsIT.class);
    private static final String BUCKET = "user-routing-writes";
    private static final int LIMIT = 30;
    private static final Duration WINDOW = Duration.ofSeconds(2);
    /** Each sidecar's budget share: 0.6 of 15/s is 9/s for both together, 18/s for the two alone. */
    private static final GovernorConfig GOVERNOR =
            GovernorConfig.defaults().toBuilder().budgetShare(0.6).build();

    private static final int PER_SIDECAR = 30;

    private static Emulator emulator() {
        RatePolicy policy = RatePolicy.genesys()
                .withLimit(100_000, Duration.ofSeconds(60))
                .withBuckets(List.of(BucketRule.parse(BUCKET + ":POST,PUT,PATCH,DELETE:/api/v2/users/*/routing:" + LIMIT
                        + ":scope=org:window=" + WINDOW.toSeconds() + "s")));
        return Emulator.start(EmulatorConfig.builder()
                .users(4 * PER_SIDECAR + 4)
                .seed(16)
                .policy(policy)
                .faults(Faults.none())
                .background(List.of(BackgroundSpec.parse("bucket=" + BUCKET + ",profile=steady:0.2")))
                .build());
    }

    /** Counters of one run: two sidecars, each with its own token and store, writing {@code PER_SIDECAR} each. */
    private static CountersSnapshot run(Emulator emulator, String redisUrl, int firstUser, List<String> tokens)
            throws Exception {
        StateSnapshot state = emulator.admin().exportState();
        List<String> ids = state.users().stream().map(u -> u.id()).toList();
        String skill = state.skills().get(0).id();
        try (Sidecars sidecars = new Sidecars()) {
            List<UsersApi> clients = new ArrayList<>();
            List<List<String>> usersOf = new ArrayList<>();
            for (int s = 0; s < 2; s++) {
                GcsyncProxy proxy = sidecars.start(emulator, GOVERNOR, redisUrl);
                String token = ProxyFixture.fetchToken(proxy.baseUrl(), null);
                tokens.add(token);
                UsersApi users = Sidecars.sdk(proxy, token);
                Sidecars.warmUp(proxy, users, ids.get(0));
                clients.add(users);
                int from = firstUser + s * PER_SIDECAR;
                usersOf.add(ids.subList(from, from + PER_SIDECAR));
            }
            emulator.admin().resetCounters();
            assertThat(Sidecars.writeAtOnce(clients, usersOf, skill, 4))
                    .as("calls the SDK saw fail (a 429 would throw)")
                    .isZero();
            return emulator.admin().counters();
        }
    }

    @Test
    void twoSidecarsOnOneRedisKeepTheOrgBucketsRefusalsWithinOnePercentAndEachAloneDoesNot() throws Exception {
        List<String> tokens = new ArrayList<>();
        try (TestRedis redis = TestRedis.start();
                Emulator emulator = emulator()) {
            CountersSnapshot shared = run(emulator, redis.url(), 1, tokens);
            CountersSnapshot alone = run(emulator, null, 1 + 2 * PER_SIDECAR, tokens);
            LOG.info(
                    "two sidecars, one Redis: {} requests, {} refused; each its own store: {} requests, {} refused;"
                            + " background {} / {}",
                    shared.requests(),
                    shared.throttled(),
                    alone.requests(),
                    alone.throttled(),
                    shared.background(),
                    alone.background());

            assertThat(shared.writes())
                    .as("every write landed once")
                    .hasSize(2 * PER_SIDECAR)
                    .allSatisfy((op, n) -> assertThat(n).as(op).isEqualTo(1L));
            assertThat(shared.throttled())
                    .as("the org bucket's refusals through one Redis, of %d requests", shared.requests())
                    .isLessThanOrEqualTo(shared.requests() / 100);
            assertThat(alone.writes())
                    .hasSize(2 * PER_SIDECAR)
                    .allSatisfy((op, n) -> assertThat(n).as(op).isEqualTo(1L));
            assertThat(alone.throttled())
                    .as("each sidecar pacing the bucket alone at its share spends it twice over")
                    .isGreaterThan(shared.throttled());

            List<String> secrets = new ArrayList<>(tokens);
            secrets.add(EmulatorConfig.DEFAULT_CLIENT_SECRET);
            secrets.add(EmulatorConfig.DEFAULT_CLIENT_ID);
            redis.assertHoldsNoSecret(secrets.toArray(String[]::new));
        }
    }
}
