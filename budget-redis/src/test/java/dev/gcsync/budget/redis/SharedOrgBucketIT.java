package dev.gcsync.budget.redis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gcsync.emulator.BucketRule;
import dev.gcsync.emulator.Emulator;
import dev.gcsync.emulator.EmulatorConfig;
import dev.gcsync.emulator.Faults;
import dev.gcsync.emulator.RatePolicy;
import dev.gcsync.emulator.admin.CountersSnapshot;
import dev.gcsync.genesys.ClientSettings;
import dev.gcsync.genesys.GenesysClient;
import dev.gcsync.genesys.Secret;
import dev.gcsync.genesys.model.Proficiency;
import dev.gcsync.genesys.model.User;
import dev.gcsync.governor.BudgetStore;
import dev.gcsync.governor.GovernorConfig;
import dev.gcsync.governor.GovernorListener;
import dev.gcsync.governor.TimeSource;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Two "processes" (two clients, each with its own org budget and its own connection to a real Redis) on one
 * emulator whose org bucket both spend: through the Redis store they never over-spend it (the emulator's 429
 * counters say so), each alone does; Redis stopped mid-run and started again (empty) costs no write and no
 * crash, and sharing resumes; no secret, token or host name ever reaches Redis.
 */
class SharedOrgBucketIT {
    private static final String BUCKET = "user-routing-writes";
    private static final int LIMIT = 30;
    private static final Duration WINDOW = Duration.ofSeconds(3);
    /** 0.9 of the bucket: shared, 9 a second (of 10); two processes alone, 18. */
    private static final double SHARE = 0.9;

    private final TestRedis redis = TestRedis.start();
    private final List<BudgetStore> stores = new ArrayList<>();

    @AfterEach
    void stop() {
        stores.forEach(BudgetStore::close);
        redis.close();
    }

    private static Emulator emulator() {
        RatePolicy policy = RatePolicy.genesys()
                .withLimit(100_000, WINDOW)
                .withBuckets(List.of(BucketRule.parse(BUCKET + ":POST,PUT,PATCH,DELETE:/api/v2/users/*/routing:" + LIMIT
                        + ":scope=org:window=" + WINDOW.toSeconds() + "s")));
        return Emulator.start(EmulatorConfig.builder()
                .users(160)
                .policy(policy)
                .faults(Faults.none())
                .build());
    }

    private BudgetStore redisStore(Emulator emulator) {
        BudgetStore s =
                RedisBudgetStore.connect(StoreUrl.parse(redis.url()), emulator.baseUrl(), "apply", TimeSource.system());
        stores.add(s);
        return s;
    }

    private static GenesysClient client(Emulator emulator, BudgetStore store) {
        URI base = URI.create(emulator.baseUrl());
        ClientSettings settings = ClientSettings.forUrls(
                        base, base, EmulatorConfig.DEFAULT_CLIENT_ID, new Secret(EmulatorConfig.DEFAULT_CLIENT_SECRET))
                .withGovernor(GovernorConfig.defaults().withKnownRate(1000).toBuilder()
                        .budgetShare(SHARE)
                        .build())
                .withRequestTimeout(Duration.ofSeconds(5));
        GenesysClient c = new GenesysClient(settings, TimeSource.system(), () -> 0.5, GovernorListener.none(), store);
        c.readLimits();
        return c;
    }

    /** Both clients write skills to their own users (from {@code first}, {@code each} apiece) at once. */
    private static void writeTogether(GenesysClient a, GenesysClient b, int first, int each) throws Exception {
        List<User> users = a.allUsers(100, Set.of());
        List<User> more = users.size() < first + 2 * each ? a.allUsers(200, Set.of()) : users;
        String skill = a.skills().get(0).id();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int i = 0; i < each; i++) {
                String ua = more.get(first + 2 * i).id();
                String ub = more.get(first + 2 * i + 1).id();
                done.add(pool.submit(() -> a.replaceUserSkills(ua, List.of(new Proficiency(skill, 3)))));
                done.add(pool.submit(() -> b.replaceUserSkills(ub, List.of(new Proficiency(skill, 3)))));
            }
            for (Future<?> f : done) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void twoProcessesThroughRedisNeverOverSpendTheOrgBucketWhileEachAloneDoes() throws Exception {
        try (Emulator emulator = emulator()) {
            writeTogether(client(emulator, redisStore(emulator)), client(emulator, redisStore(emulator)), 0, 30);
            CountersSnapshot shared = emulator.admin().counters();
            assertThat(shared.throttled())
                    .as("429s with the org bucket shared through Redis")
                    .isZero();
            assertThat(shared.writes())
                    .hasSize(60)
                    .allSatisfy((op, n) -> assertThat(n).as(op).isEqualTo(1L));
            assertThat(stores.get(0).status().processes()).as("each sees both").hasSize(2);

            writeTogether(client(emulator, BudgetStore.local()), client(emulator, BudgetStore.local()), 60, 30);
            assertThat(emulator.admin().counters().throttled())
                    .as("429s with each process pacing alone")
                    .isPositive();
        }
        redis.assertHoldsNoSecret(EmulatorConfig.DEFAULT_CLIENT_SECRET, EmulatorConfig.DEFAULT_CLIENT_ID);
    }

    @Test
    void redisStoppedMidRunAndStartedAgainEmptyCostsNoWriteAndSharingResumes() throws Exception {
        try (Emulator emulator = emulator()) {
            GenesysClient a = client(emulator, redisStore(emulator));
            GenesysClient b = client(emulator, redisStore(emulator));
            writeTogether(a, b, 0, 10);

            redis.stop();
            writeTogether(a, b, 20, 15);
            assertThat(stores).allSatisfy(s -> {
                assertThat(s.status().connected()).as("away").isFalse();
                assertThat(s.status().localPacings())
                        .as("episodes of local pacing")
                        .isPositive();
            });

            redis.startServer();
            writeTogether(a, b, 50, 25);

            CountersSnapshot c = emulator.admin().counters();
            assertThat(c.writes()).as("every write landed once").hasSize(100).allSatisfy((op, n) -> assertThat(n)
                    .as(op)
                    .isEqualTo(1L));
            assertThat(c.throttled())
                    .as("paced at a cautious share while away: no over-spending")
                    .isZero();
            assertThat(stores).allSatisfy(s -> assertThat(s.status().connected())
                    .as("shared again")
                    .isTrue());
            assertThat(redis.everything())
                    .as("the restarted Redis counts the bucket again")
                    .anySatisfy(kv -> assertThat(kv).contains(":slot:org:limit:" + BUCKET));
        }
    }
}
