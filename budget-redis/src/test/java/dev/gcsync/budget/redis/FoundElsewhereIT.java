package dev.gcsync.budget.redis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gcsync.emulator.BucketRule;
import dev.gcsync.emulator.Emulator;
import dev.gcsync.emulator.EmulatorConfig;
import dev.gcsync.emulator.Faults;
import dev.gcsync.emulator.RatePolicy;
import dev.gcsync.genesys.ClientSettings;
import dev.gcsync.genesys.EndpointFamily;
import dev.gcsync.genesys.GenesysClient;
import dev.gcsync.genesys.Secret;
import dev.gcsync.genesys.model.Proficiency;
import dev.gcsync.genesys.model.User;
import dev.gcsync.governor.GovernorConfig;
import dev.gcsync.governor.GovernorListener;
import dev.gcsync.governor.LearnedLimit;
import dev.gcsync.governor.ScopeKind;
import dev.gcsync.governor.TimeSource;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * A process already running learns, through a real Redis, of an org bucket another process found after it
 * started (a bucket nobody documents): within about a second it paces the bucket through the shared reservation
 * and is held by the pause the other set, so that its burst that follows is never refused.
 */
class FoundElsewhereIT {
    private static final String BUCKET = "user-routing-writes";
    private static final int LIMIT = 20;
    private static final Duration WINDOW = Duration.ofSeconds(2);

    @Test
    void aRunningProcessPacesABucketAnotherProcessFoundFromAboutASecondLater() throws Exception {
        RatePolicy policy = RatePolicy.genesys()
                .withLimit(100_000, Duration.ofSeconds(60))
                .withBuckets(List.of(BucketRule.parse(BUCKET + ":POST,PUT,PATCH,DELETE:/api/v2/users/*/routing:" + LIMIT
                        + ":scope=org:doc=no:window=" + WINDOW.toSeconds() + "s")));
        try (TestRedis redis = TestRedis.start();
                Emulator emulator = Emulator.start(EmulatorConfig.builder()
                        .users(60)
                        .policy(policy)
                        .faults(Faults.none())
                        .build());
                RedisBudgetStore mine = RedisBudgetStore.connect(
                        StoreUrl.parse(redis.url()), emulator.baseUrl(), "apply", TimeSource.system());
                RedisBudgetStore theOther = RedisBudgetStore.connect(
                        StoreUrl.parse(redis.url()), emulator.baseUrl(), "proxy", TimeSource.system())) {
            URI base = URI.create(emulator.baseUrl());
            GenesysClient running = new GenesysClient(
                    ClientSettings.forUrls(
                                    base,
                                    base,
                                    EmulatorConfig.DEFAULT_CLIENT_ID,
                                    new Secret(EmulatorConfig.DEFAULT_CLIENT_SECRET))
                            .withGovernor(GovernorConfig.defaults().withKnownRate(1000).toBuilder()
                                    .budgetShare(0.5)
                                    .build()),
                    TimeSource.system(),
                    () -> 0.5,
                    GovernorListener.none(),
                    mine);
            List<User> users = running.allUsers(100, Set.of());
            String skill = running.skills().get(0).id();
            running.replaceUserSkills(users.get(0).id(), List.of(new Proficiency(skill, 3))); // it runs

            String family =
                    EndpointFamily.of("PUT", "/api/v2/users/" + users.get(0).id() + "/routingskills/bulk");
            String scope = "org:" + family;
            // the other process found the bucket by its refusals, and paused it
            theOther.learned(new LearnedLimit(family, LIMIT, WINDOW, Instant.now(), ScopeKind.ORG, true));
            theOther.pause(scope, Duration.ofSeconds(1));
            Instant giveUp = Instant.now().plusSeconds(20);
            while (running.metrics().scopes().stream().noneMatch(s -> s.name().equals(scope))) {
                assertThat(Instant.now())
                        .as("never followed the bucket found elsewhere")
                        .isBefore(giveUp);
                running.user(users.get(1).id(), Set.of()); // its requests give it its turns to read the store
            }

            emulator.admin().resetCounters();
            ExecutorService pool = Executors.newFixedThreadPool(8);
            try {
                List<Future<?>> done = new ArrayList<>();
                for (User u : users.subList(2, 42)) {
                    done.add(pool.submit(() -> running.replaceUserSkills(u.id(), List.of(new Proficiency(skill, 2)))));
                }
                for (Future<?> f : done) {
                    f.get();
                }
            } finally {
                pool.shutdownNow();
            }
            assertThat(emulator.admin().counters().throttled())
                    .as("a burst of 40 writes from 8 threads into a bucket of 20 per 2 s, paced as found elsewhere")
                    .isZero();
            assertThat(emulator.admin().counters().writes()).hasSize(40);
            redis.assertHoldsNoSecret(EmulatorConfig.DEFAULT_CLIENT_SECRET, EmulatorConfig.DEFAULT_CLIENT_ID);
        }
    }
}
