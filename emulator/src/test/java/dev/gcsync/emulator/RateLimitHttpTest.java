package dev.gcsync.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gcsync.emulator.http.HttpDates;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class RateLimitHttpTest {
    private final ManualClock clock = new ManualClock(Instant.parse("2026-11-27T10:00:00Z"));
    private Emulator emulator;

    private Http start(EmulatorConfig.Builder config) {
        emulator = Emulator.start(config.users(20).clock(clock).build());
        return new Http(emulator).authenticated();
    }

    @AfterEach
    void stop() {
        emulator.close();
    }

    @Test
    void everyApiResponseCarriesTheRateHeadersInGenesysCase() {
        Http http = start(EmulatorConfig.builder());
        http.get("/api/v2/users");
        var lines = RawHttp.headerLines(emulator, "GET", "/api/v2/routing/skills", http.currentToken());
        assertThat(lines)
                .contains("inin-ratelimit-count: 2", "inin-ratelimit-allowed: 300", "inin-ratelimit-reset: 60");
        assertThat(lines).anySatisfy(l -> assertThat(l).matches("ININ-Correlation-Id: [0-9a-f-]{36}"));
        var notFound = RawHttp.headerLines(emulator, "GET", "/api/v2/nothing", http.currentToken());
        assertThat(notFound.get(0)).contains("404");
        assertThat(notFound).contains("inin-ratelimit-count: 3");
    }

    @Test
    void the301stRequestInAWindowGets429WithRetryAfterAndTheNormalizedBody() {
        Http http = start(EmulatorConfig.builder());
        for (int i = 0; i < 300; i++) {
            assertThat(http.get("/api/v2/routing/skills?pageSize=1").statusCode())
                    .isEqualTo(200);
        }
        clock.advance(Duration.ofMillis(15_500));
        HttpResponse<String> r = http.get("/api/v2/routing/skills?pageSize=1");
        assertThat(r.statusCode()).isEqualTo(429);
        assertThat(r.headers().firstValue("Retry-After")).hasValue("45");
        JsonNode body = Http.json(r);
        assertThat(body.get("message").asText())
                .isEqualTo("Rate limit exceeded the maximum. Retry the request in [45] seconds");
        assertThat(body.get("code").asText()).isEqualTo("too.many.requests.retry.after");
        assertThat(body.get("status").asInt()).isEqualTo(429);
        assertThat(body.get("contextId").asText())
                .isEqualTo(r.headers().firstValue("ININ-Correlation-Id").orElseThrow());
        assertThat(body.get("details").isArray()).isTrue();
        assertThat(body.get("errors").isArray()).isTrue();
        assertThat(emulator.admin().counters().throttled()).isEqualTo(1);
        var lines = RawHttp.headerLines(emulator, "GET", "/api/v2/users", http.currentToken());
        assertThat(lines).contains("Retry-After: 45");
    }

    @Test
    void theWindowResetsAfterItsLength() {
        Http http = start(EmulatorConfig.builder().policy(RatePolicy.genesys().withLimit(2, Duration.ofSeconds(1))));
        http.get("/api/v2/users");
        http.get("/api/v2/users");
        assertThat(http.get("/api/v2/users").statusCode()).isEqualTo(429);
        clock.advance(Duration.ofSeconds(1));
        HttpResponse<String> r = http.get("/api/v2/users");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("inin-ratelimit-count")).hasValue("1");
        assertThat(r.headers().firstValue("inin-ratelimit-allowed")).hasValue("2");
        assertThat(r.headers().firstValue("inin-ratelimit-reset")).hasValue("1");
    }

    @Test
    void retryAfterCanBeAnHttpDate() {
        Http http = start(EmulatorConfig.builder()
                .policy(RatePolicy.genesys()
                        .withLimit(1, Duration.ofSeconds(60))
                        .withRetryAfterDate(true)));
        http.get("/api/v2/users");
        clock.advance(Duration.ofSeconds(10));
        HttpResponse<String> r = http.get("/api/v2/users");
        assertThat(r.statusCode()).isEqualTo(429);
        assertThat(r.headers().firstValue("Retry-After"))
                .hasValue("Fri, 27 Nov 2026 10:01:00 GMT")
                .hasValue(HttpDates.format(clock.currentMillis() + 50_000));
    }

    @Test
    void profileSeedChokesUserWritesAfterFiftyButKeepsReadsGoing() {
        Http http = start(EmulatorConfig.builder().profile(Profile.SEED));
        String userId = Http.json(http.get("/api/v2/users?pageSize=1"))
                .get("entities")
                .get(0)
                .get("id")
                .asText();
        String body = "[{\"id\":\"" + userId + "\",\"acdAutoAnswer\":true}]";
        for (int i = 0; i < Profile.SEED_USER_WRITES; i++) {
            assertThat(http.send("PATCH", "/api/v2/users/bulk", body).statusCode())
                    .isEqualTo(200);
        }
        assertThat(http.send("PATCH", "/api/v2/users/bulk", body).statusCode()).isEqualTo(429);
        assertThat(http.get("/api/v2/users/" + userId).statusCode()).isEqualTo(200);
    }

    @Test
    void anAdvertisedBucketIsWhatItsRoutesHeadersDescribe() {
        RatePolicy policy = RatePolicy.genesys()
                .withBuckets(List.of(BucketRule.parse("queue-reads:GET:/api/v2/routing/queues:180:advertised")));
        Http http = start(EmulatorConfig.builder().policy(policy));
        http.get("/api/v2/routing/queues");
        var queues = RawHttp.headerLines(emulator, "GET", "/api/v2/routing/queues", http.currentToken());
        assertThat(queues).contains("inin-ratelimit-count: 2", "inin-ratelimit-allowed: 180");
        var skills = RawHttp.headerLines(emulator, "GET", "/api/v2/routing/skills", http.currentToken());
        assertThat(skills).contains("inin-ratelimit-count: 3", "inin-ratelimit-allowed: 300");
    }

    @Test
    void aBareRefusalCarriesRetryAfterButNoRateHeaders() {
        Http http = start(EmulatorConfig.builder()
                .policy(RatePolicy.genesys()
                        .withLimit(1, Duration.ofSeconds(10))
                        .withBareRefusals(true)));
        http.get("/api/v2/routing/skills");
        var refused = RawHttp.headerLines(emulator, "GET", "/api/v2/routing/skills", http.currentToken());
        assertThat(refused.get(0)).contains("429");
        assertThat(refused).contains("Retry-After: 10");
        assertThat(refused).noneMatch(l -> l.startsWith("inin-ratelimit-"));
    }

    @Test
    void bulkCallsCostOnePerItemWhenConfigured() {
        Http http = start(EmulatorConfig.builder()
                .policy(RatePolicy.genesys()
                        .withLimit(10, Duration.ofSeconds(60))
                        .withBulkCost(BulkCost.PER_ITEM)));
        JsonNode users = Http.json(http.get("/api/v2/users?pageSize=5")).get("entities");
        StringBuilder body = new StringBuilder("[");
        for (int i = 0; i < 5; i++) {
            body.append(i == 0 ? "" : ",")
                    .append("{\"id\":\"")
                    .append(users.get(i).get("id").asText())
                    .append("\",\"acdAutoAnswer\":true}");
        }
        HttpResponse<String> r =
                http.send("PATCH", "/api/v2/users/bulk", body.append("]").toString());
        assertThat(r.headers().firstValue("inin-ratelimit-count")).hasValue("6");
    }

    @Test
    void theDailyLimitAnswers429WithALongRetryAfterAcrossTokens() {
        Http http = start(EmulatorConfig.builder().policy(RatePolicy.genesys().withDailyLimit(2)));
        http.get("/api/v2/users");
        http.get("/api/v2/users");
        Http other = new Http(emulator).authenticated();
        HttpResponse<String> r = other.get("/api/v2/users");
        assertThat(r.statusCode()).isEqualTo(429);
        assertThat(r.headers().firstValue("Retry-After")).hasValue(Long.toString(14 * 3600));
        assertThat(emulator.admin().counters().throttledByToken()).containsEntry("token-2", 1L);
    }

    @Test
    void theOrgCapSpansTokens() {
        Http http = start(EmulatorConfig.builder().policy(RatePolicy.genesys().withOrgLimit(1)));
        http.get("/api/v2/users");
        assertThat(new Http(emulator).authenticated().get("/api/v2/users").statusCode())
                .isEqualTo(429);
    }

    @Test
    void theLimitsEndpointReportsTheActiveLimitPerMinute() {
        Http http = start(EmulatorConfig.builder().policy(RatePolicy.genesys().withLimit(5, Duration.ofSeconds(1))));
        JsonNode entities = Http.json(http.get("/api/v2/organizations/limits/namespaces/platform.api"))
                .get("entities");
        assertThat(entities.get(0).get("key").asText()).isEqualTo("client.credentials.token.rate.per.minute");
        assertThat(entities.get(0).get("namespace").asText()).isEqualTo("platform.api");
        assertThat(entities.get(0).get("value").asLong()).isEqualTo(300);
        assertThat(entities.get(1).get("value").asLong()).isEqualTo(5);
        assertThat(entities.get(2).get("value").asLong()).isEqualTo(1);
    }
}
