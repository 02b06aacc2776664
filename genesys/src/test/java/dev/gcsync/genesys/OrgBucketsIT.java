package dev.gcsync.genesys;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gcsync.emulator.BucketRule;
import dev.gcsync.emulator.Emulator;
import dev.gcsync.emulator.EmulatorConfig;
import dev.gcsync.emulator.Faults;
import dev.gcsync.emulator.RatePolicy;
import dev.gcsync.emulator.admin.CountersSnapshot;
import dev.gcsync.emulator.background.BackgroundCounts;
import dev.gcsync.emulator.background.BackgroundSpec;
import dev.gcsync.genesys.model.Proficiency;
import dev.gcsync.genesys.model.User;
import dev.gcsync.governor.GovernorConfig;
import dev.gcsync.governor.GovernorListener;
import dev.gcsync.governor.ScopeKind;
import dev.gcsync.governor.ScopeState;
import dev.gcsync.governor.TimeSource;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

/**
 * The client against the emulator's org-scoped buckets on loopback, with the org's other integrations
 * (background traffic) spending the same bucket: a token pool paces a documented org limit from its first
 * request at its budget share and leaves the others their part; an undocumented one is found shared when two
 * tokens of the pool are refused in one window; the token endpoint's throttle is respected.
 */
class OrgBucketsIT {
    private static final String BUCKET = "user-routing-writes";
    private static final int LIMIT = 30;
    private static final Duration WINDOW = Duration.ofSeconds(3);

    /** @param tokensPer4s the login host's throttle: token requests per client per 4 s (0: none) */
    private static Emulator start(boolean documented, String background, int tokensPer4s) {
        RatePolicy policy = RatePolicy.genesys()
                .withLimit(100_000, WINDOW)
                .withBuckets(List.of(BucketRule.parse(BUCKET + ":POST,PUT,PATCH,DELETE:/api/v2/users/*/routing:" + LIMIT
                        + ":scope=org:window=" + WINDOW.toSeconds() + "s" + (documented ? "" : ":doc=no"))));
        if (tokensPer4s > 0) {
            policy = policy.withTokenRate(tokensPer4s, Duration.ofSeconds(4));
        }
        return Emulator.start(EmulatorConfig.builder()
                .users(40)
                .policy(policy)
                .faults(Faults.none())
                .background(List.of(BackgroundSpec.parse("bucket=" + BUCKET + ",profile=" + background)))
                .build());
    }

    private static GenesysClient client(Emulator emulator, int tokens) {
        URI base = URI.create(emulator.baseUrl());
        ClientSettings settings = ClientSettings.forUrls(
                        base, base, EmulatorConfig.DEFAULT_CLIENT_ID, new Secret(EmulatorConfig.DEFAULT_CLIENT_SECRET))
                .withGovernor(GovernorConfig.defaults().withKnownRate(1000))
                .withRequestTimeout(Duration.ofSeconds(5))
                .withTokens(tokens);
        return new GenesysClient(settings, TimeSource.system(), () -> 0.5, GovernorListener.none());
    }

    /** {@code writes} skill writes over the org's users from 8 threads; every one must succeed. */
    private static void write(GenesysClient client, int writes) throws Exception {
        List<User> users = client.allUsers(100, Set.of());
        String skill = client.skills().get(0).id();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int i = 0; i < writes; i++) {
                String user = users.get(i % users.size()).id();
                int level = 1 + i % 5;
                done.add(pool.submit(() -> client.replaceUserSkills(user, List.of(new Proficiency(skill, level)))));
            }
            for (Future<?> f : done) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static BackgroundCounts background(CountersSnapshot c) {
        return c.background().get(BUCKET);
    }

    @Test
    void aPoolPacesADocumentedOrgLimitFromItsFirstRequestAndLeavesTheOthersTheirPart() throws Exception {
        try (Emulator emulator = start(true, "steady:0.5", 0)) {
            GenesysClient client = client(emulator, 2);
            assertThat(client.readLimits().rules())
                    .extracting(r -> r.family(), r -> r.kind(), r -> r.limit())
                    .containsExactly(Tuple.tuple("limit:" + BUCKET, ScopeKind.ORG, LIMIT));

            write(client, 40);

            CountersSnapshot c = emulator.admin().counters();
            assertThat(c.throttled()).as("our 429s").isZero();
            assertThat(background(c).requests()).as("the others sent meanwhile").isPositive();
            assertThat(background(c).throttled())
                    .as("the others' 429s (they use half, we 40%)")
                    .isZero();
            assertThat(c.byToken()).as("both tokens of the pool sent").hasSize(2);
            assertThat(client.metrics().scopes())
                    .filteredOn(s -> s.name().equals("org:limit:" + BUCKET))
                    .singleElement()
                    .satisfies(s -> assertThat(s.allowedRate())
                            .isEqualTo(GovernorConfig.DEFAULT_BUDGET_SHARE * LIMIT / WINDOW.toSeconds()));
            assertThat(client.boundRate())
                    .as("the run is counted against the org's bucket, not the token's")
                    .isEqualTo(GovernorConfig.DEFAULT_BUDGET_SHARE * LIMIT / WINDOW.toSeconds());
        }
    }

    @Test
    void anUndocumentedBucketRefusingTwoTokensOfAPoolInOneWindowIsFoundShared() throws Exception {
        try (Emulator emulator = start(false, "steady:0.2", 0)) {
            GenesysClient client = client(emulator, 2);
            assertThat(client.readLimits().rules()).isEmpty();

            write(client, 50);

            CountersSnapshot c = emulator.admin().counters();
            assertThat(client.learnedLimits()).anySatisfy(l -> {
                assertThat(l.family()).isEqualTo("users:write");
                assertThat(l.kind()).isEqualTo(ScopeKind.ORG);
            });
            assertThat(client.metrics().scopes()).extracting(ScopeState::name).contains("org:users:write");
            // the refusals that found it: the requests in flight (8 threads) when each token met the bucket
            assertThat(c.throttled()).as("429s, not one per window").isLessThanOrEqualTo(2 * 8);
        }
    }

    @Test
    void oneTokenAsksAnotherTokenOfTheClientAndFindsAnUndocumentedOrgBucketShared() throws Exception {
        try (Emulator emulator = start(false, "steady:0.2", 0)) {
            GenesysClient client = client(emulator, 1);
            assertThat(client.readLimits().rules()).isEmpty();

            write(client, 40);

            CountersSnapshot c = emulator.admin().counters();
            assertThat(client.learnedLimits())
                    .as("one token's refusal alone cannot tell; the other token's, in the same window, can")
                    .anySatisfy(l -> {
                        assertThat(l.family()).isEqualTo("users:write");
                        assertThat(l.kind()).isEqualTo(ScopeKind.ORG);
                    });
            assertThat(client.metrics().scopes()).extracting(ScopeState::name).contains("org:users:write");
            assertThat(client.tokenRequests()[0])
                    .as("one login for the question, beside the token's own")
                    .isEqualTo(2);
            assertThat(c.byToken())
                    .as("the question went through the other token")
                    .hasSize(2);
            // the burst's requests in flight when the bucket refused (8 threads), and the question
            assertThat(c.throttled()).as("429s, not one per window").isLessThanOrEqualTo(8 + 1);
        }
    }

    @Test
    void oneTokenAsksAndABucketOfItsOwnStaysItsOwn() throws Exception {
        RatePolicy policy = RatePolicy.genesys()
                .withLimit(100_000, WINDOW)
                .withBuckets(List.of(BucketRule.parse(BUCKET + ":POST,PUT,PATCH,DELETE:/api/v2/users/*/routing:" + LIMIT
                        + ":scope=token:window=" + WINDOW.toSeconds() + "s:doc=no")));
        try (Emulator emulator = Emulator.start(EmulatorConfig.builder()
                .users(40)
                .policy(policy)
                .faults(Faults.none())
                .build())) {
            GenesysClient client = client(emulator, 1);

            write(client, 60);

            assertThat(client.learnedLimits())
                    .as("the other token was accepted in the window that refused this one")
                    .isNotEmpty()
                    .allSatisfy(l -> assertThat(l.kind()).isEqualTo(ScopeKind.TOKEN));
            assertThat(client.metrics().scopes()).extracting(ScopeState::name).doesNotContain("org:users:write");
            assertThat(emulator.admin().counters().byToken())
                    .as("the question went through the other token")
                    .hasSize(2);
            assertThat(emulator.admin().counters().throttled())
                    .as(
                            "the refusal that measured it (and the requests in flight with it), once: paced in bursts after")
                    .isLessThanOrEqualTo(8);
        }
    }

    @Test
    void aPoolOfTokensRespectsTheLoginHostsDocumentedTokenRate() throws Exception {
        try (Emulator emulator = start(true, "steady:0.1", 2)) {
            GenesysClient pool = client(emulator, 3);
            pool.readLimits(); // with the first token: the login host documents 2 token requests per 4 s
            write(pool, 6);
            int[] tokens = pool.tokenRequests();
            assertThat(tokens[0])
                    .as("token requests: one per token of the pool")
                    .isEqualTo(3);
            assertThat(tokens[1]).as("refused by the login host").isZero();
            assertThat(emulator.admin().counters().byToken())
                    .as("every token sent")
                    .hasSize(3);
        }
    }
}
