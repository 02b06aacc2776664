package dev.gcsync.sdk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.mypurecloud.sdk.v2.ApiClient;
import com.mypurecloud.sdk.v2.ApiException;
import com.mypurecloud.sdk.v2.api.UsersApi;
import com.mypurecloud.sdk.v2.connector.ApiClientConnectorProperty;
import com.mypurecloud.sdk.v2.connector.apache.ApacheHttpClientConnectorProvider;
import com.mypurecloud.sdk.v2.model.UpdateUser;
import com.mypurecloud.sdk.v2.model.UserRoutingSkillPost;
import dev.gcsync.emulator.BucketRule;
import dev.gcsync.emulator.Emulator;
import dev.gcsync.emulator.EmulatorConfig;
import dev.gcsync.emulator.Faults;
import dev.gcsync.emulator.Profile;
import dev.gcsync.emulator.RatePolicy;
import dev.gcsync.emulator.store.StateSnapshot;
import dev.gcsync.governor.GovernorConfig;
import dev.gcsync.governor.GovernorEvent;
import dev.gcsync.governor.RetryCause;
import dev.gcsync.governor.TimeSource;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The official SDK 198.1.0 with the governed connector against the emulator, no SDK retries. */
class GovernedConnectorIT {
    private Emulator emulator;
    private String token;
    private final AtomicLong absorbed = new AtomicLong();
    private final GovernedConnectorProvider governed = new GovernedConnectorProvider(
            GovernorConfig.defaults(),
            Duration.ofMinutes(5),
            TimeSource.system(),
            () -> 0.5,
            event -> {
                if (event instanceof GovernorEvent.Retrying r && r.cause() == RetryCause.THROTTLED) {
                    absorbed.incrementAndGet();
                }
            },
            new ApacheHttpClientConnectorProvider());

    @AfterEach
    void stop() {
        emulator.close();
    }

    private UsersApi users(EmulatorConfig.Builder config) throws Exception {
        if (emulator == null) {
            emulator = Emulator.start(config.users(40).seed(11).build());
            token = token(emulator.baseUrl());
        }
        ApiClient client = ApiClient.Builder.standard()
                .withBasePath(emulator.baseUrl())
                .withProperty(ApiClientConnectorProperty.CONNECTOR_PROVIDER, governed)
                .withAccessToken(token)
                .build();
        return new UsersApi(client);
    }

    private static String token(String base) throws Exception {
        String basic = Base64.getEncoder()
                .encodeToString((EmulatorConfig.DEFAULT_CLIENT_ID + ":" + EmulatorConfig.DEFAULT_CLIENT_SECRET)
                        .getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> r = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(base + "/oauth/token"))
                                .header("Authorization", "Basic " + basic)
                                .header("Content-Type", "application/x-www-form-urlencoded")
                                .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        Matcher m = Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"").matcher(r.body());
        assertThat(m.find()).as("token").isTrue();
        return m.group(1);
    }

    @Test
    void eightThreadsOfOneTokenSeeNo429() throws Exception {
        EmulatorConfig.Builder config =
                EmulatorConfig.builder().policy(RatePolicy.genesys().withLimit(30, Duration.ofSeconds(1)));
        UsersApi first = users(config);
        List<String> ids =
                emulator.admin().exportState().users().stream().map(u -> u.id()).toList();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                int thread = t;
                UsersApi users = t == 0 ? first : users(config); // separate ApiClients, one provider: one governor
                done.add(pool.submit(() -> {
                    for (int i = 0; i < 10; i++) {
                        users.getUser(ids.get((thread * 10 + i) % ids.size()), null, null, null);
                    }
                    return null;
                }));
            }
            for (Future<?> d : done) {
                d.get(); // an ApiException (a 429 the SDK saw) would fail here
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(emulator.admin().counters().count("GET /api/v2/users/{userId}", 200))
                .isEqualTo(80);
        assertThat(emulator.admin().counters().byToken())
                .as("one token, one budget")
                .hasSize(1);
        assertThat(absorbed.get()).isEqualTo(emulator.admin().counters().throttled());
    }

    @Test
    void aHiddenBucket429IsAbsorbedAndEachWriteLandsOnce() throws Exception {
        UsersApi users = users(EmulatorConfig.builder()
                .policy(RatePolicy.genesys()
                        .withLimit(10_000, Duration.ofSeconds(2))
                        .withBuckets(List.of(BucketRule.userWrites(3)))));
        StateSnapshot state = emulator.admin().exportState();
        for (int i = 0; i < 6; i++) {
            UserRoutingSkillPost p = new UserRoutingSkillPost();
            p.setId(state.skills().get(0).id());
            p.setProficiency(2.0);
            users.patchUserRoutingskillsBulk(state.users().get(i).id(), List.of(p));
        }
        assertThat(emulator.admin().counters().throttled()).isGreaterThanOrEqualTo(1);
        assertThat(absorbed.get()).isEqualTo(emulator.admin().counters().throttled());
        assertThat(emulator.admin().counters().writes().values()).hasSize(6).containsOnly(1L);
    }

    @Test
    void aNonIdempotent5xxReachesTheSdkAndIsSentOnce() throws Exception {
        UsersApi users = users(EmulatorConfig.builder()
                .profile(Profile.UNLIMITED)
                .faults(Faults.none().withErrorRate(1)));
        UpdateUser update = new UpdateUser();
        update.setTitle("Lead");
        update.setVersion(1);
        String id = emulator.admin().exportState().users().get(0).id();

        ApiException e = catchThrowableOfType(ApiException.class, () -> users.patchUser(id, update));

        assertThat(e.getStatusCode()).isIn(502, 503, 504);
        assertThat(emulator.admin().counters().byRouteAndStatus().entrySet().stream()
                        .filter(x -> x.getKey().startsWith("PATCH /api/v2/users/{userId} "))
                        .mapToLong(Map.Entry::getValue)
                        .sum())
                .isEqualTo(1);
    }
}
