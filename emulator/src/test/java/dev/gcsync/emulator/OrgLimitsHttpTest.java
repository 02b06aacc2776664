package dev.gcsync.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The org's limit namespaces and the token endpoint's throttle, over loopback HTTP. */
class OrgLimitsHttpTest {
    private final ManualClock clock = new ManualClock(Instant.parse("2026-11-27T10:00:00Z"));
    private Emulator emulator;

    private Http start(RatePolicy policy) {
        emulator = Emulator.start(EmulatorConfig.builder()
                .users(10)
                .clock(clock)
                .policy(policy)
                .client(OAuthClient.fullAdmin("other", "other-secret"))
                .build());
        return new Http(emulator).authenticated();
    }

    @AfterEach
    void stop() {
        emulator.close();
    }

    @Test
    void profileOrgListsItsBucketsInTheirNamespacesWithScopeAndWindowInTheKey() {
        Http http = start(Profile.ORG.policy().withLimit(25, Duration.ofSeconds(5)));
        assertThat(limits(http, "users")).containsExactly("user-routing-writes.org.rate.per.5s=180");
        assertThat(limits(http, "routing"))
                .containsExactly("queue-member-writes.org.rate.per.5s=180", "queue-writes.org.rate.per.5s=60");
        assertThat(limits(http, "platform.api"))
                .containsExactly(
                        "client.credentials.token.rate.per.minute=300",
                        "emulator.token.rate.per.window=25",
                        "emulator.token.rate.window.seconds=5");
        assertThat(limits(http, "directory")).isEmpty();
        assertThat(http.get("/api/v2/organizations/limits/namespaces/nowhere").statusCode())
                .isEqualTo(404);
        assertThat(names(http)).contains("platform.api", "routing", "users");

        JsonNode docs = Http.json(http.get("/api/v2/organizations/limits/docs"));
        assertThat(docs.get("url").asText()).startsWith("https://developer.genesys.cloud/");
        JsonNode member = find(docs.get("entities"), "queue-member-writes.org.rate.per.5s");
        assertThat(member.get("scope").asText()).isEqualTo("org");
        assertThat(member.get("windowSeconds").asInt()).isEqualTo(5);
        assertThat(member.get("align").asText()).isEqualTo("first");
        assertThat(member.get("pathPrefix").asText()).isEqualTo("/api/v2/routing/queues/*/members");
        assertThat(member.get("methods").toString()).isEqualTo("[\"DELETE\",\"PATCH\",\"POST\",\"PUT\"]");
    }

    @Test
    void anUndocumentedBucketIsInNoNamespaceNorInTheDocs() {
        RatePolicy policy = RatePolicy.genesys()
                .withBuckets(List.of(
                        BucketRule.parse("member-writes:POST:/api/v2/routing/queues/*/members:40:scope=org:doc=no"),
                        BucketRule.parse("skill-writes:PATCH:/api/v2/users/*/routingskills:20:scope=client:window=10s"),
                        BucketRule.userWrites(50)));
        Http http = start(policy);
        assertThat(limits(http, "routing")).isEmpty();
        assertThat(limits(http, "users")).containsExactly("skill-writes.client.rate.per.10s=20");
        JsonNode docs = Http.json(http.get("/api/v2/organizations/limits/docs")).get("entities");
        assertThat(docs.findValuesAsText("key"))
                .noneMatch(k -> k.startsWith("member-writes") || k.startsWith("user-writes"));
    }

    @Test
    void aClientAskingForTooManyTokensGets429WithRetryAfterAndOtherClientsDoNot() {
        Http http = start(RatePolicy.genesys().withTokenRate(2, Duration.ofSeconds(60)));
        clock.advance(Duration.ofSeconds(15));
        assertThat(http.oauth(EmulatorConfig.DEFAULT_CLIENT_ID, EmulatorConfig.DEFAULT_CLIENT_SECRET)
                        .statusCode())
                .isEqualTo(200); // the second of the window (start's was first)
        HttpResponse<String> refused =
                http.oauth(EmulatorConfig.DEFAULT_CLIENT_ID, EmulatorConfig.DEFAULT_CLIENT_SECRET);
        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(refused.headers().firstValue("Retry-After")).hasValue("45");
        assertThat(Http.json(refused).get("code").asText()).isEqualTo("too.many.requests.retry.after");
        assertThat(refused.body()).doesNotContain("access_token");
        assertThat(http.oauth("other", "other-secret").statusCode()).isEqualTo(200);
        assertThat(http.oauth(EmulatorConfig.DEFAULT_CLIENT_ID, "wrong").statusCode())
                .isEqualTo(401);
        assertThat(limits(http, "auth.api")).containsExactly("oauth.token.client.rate.per.60s=2");
        clock.advance(Duration.ofSeconds(45));
        assertThat(http.oauth(EmulatorConfig.DEFAULT_CLIENT_ID, EmulatorConfig.DEFAULT_CLIENT_SECRET)
                        .statusCode())
                .isEqualTo(200);
    }

    private static List<String> limits(Http http, String namespace) {
        HttpResponse<String> r = http.get("/api/v2/organizations/limits/namespaces/" + namespace);
        assertThat(r.statusCode()).isEqualTo(200);
        List<String> out = new ArrayList<>();
        Http.json(r).get("entities").forEach(e -> {
            assertThat(e.get("namespace").asText()).isEqualTo(namespace);
            out.add(e.get("key").asText() + "=" + e.get("value").asLong());
        });
        return out;
    }

    private static List<String> names(Http http) {
        return Http.json(http.get("/api/v2/organizations/limits/namespaces"))
                .get("entities")
                .findValuesAsText("name");
    }

    private static JsonNode find(JsonNode entities, String key) {
        for (JsonNode e : entities) {
            if (e.get("key").asText().equals(key)) {
                return e;
            }
        }
        throw new AssertionError("no limit " + key + " in " + entities);
    }
}
