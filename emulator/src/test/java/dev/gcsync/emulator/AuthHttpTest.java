package dev.gcsync.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class AuthHttpTest {
    private final ManualClock clock = new ManualClock(Instant.parse("2026-11-27T10:00:00Z"));
    private final Emulator emulator = Emulator.start(EmulatorConfig.builder()
            .users(5)
            .clock(clock)
            .faults(Faults.none().withTokenLifetime(Duration.ofMinutes(5)))
            .build());

    @AfterEach
    void stop() {
        emulator.close();
    }

    @Test
    void issuesABearerTokenForTheClientCredentials() {
        var r = new Http(emulator).oauth("gcsync-demo", "gcsync-demo-secret");
        assertThat(r.statusCode()).isEqualTo(200);
        var body = Http.json(r);
        assertThat(body.get("token_type").asText()).isEqualTo("bearer");
        assertThat(body.get("expires_in").asLong()).isEqualTo(300);
        assertThat(body.get("access_token").asText()).hasSizeGreaterThan(30);
    }

    @Test
    void refusesWrongCredentialsWithTheGenesysBody() {
        var r = new Http(emulator).oauth("gcsync-demo", "wrong");
        assertThat(r.statusCode()).isEqualTo(401);
        assertThat(Http.json(r).get("code").asText()).isEqualTo("bad.credentials");
        assertThat(r.body()).doesNotContain("wrong");
    }

    @Test
    void refusesMissingAndUnknownTokensOnEveryApiCall() {
        Http http = new Http(emulator);
        assertThat(Http.json(http.get("/api/v2/users")).get("code").asText()).isEqualTo("authentication.required");
        var unknown = http.withToken("not-a-token").get("/api/v2/routing/skills");
        assertThat(unknown.statusCode()).isEqualTo(401);
        assertThat(Http.json(unknown).get("code").asText()).isEqualTo("bad.credentials");
    }

    @Test
    void neitherTheSecretNorATokenAppearsInAnswersOrTheConfigText() {
        Http http = new Http(emulator).authenticated();
        String token = http.currentToken();
        var unknown = http.withToken(token + "x").get("/api/v2/users");
        assertThat(unknown.body()).doesNotContain(token);
        assertThat(emulator.config().toString()).doesNotContain("gcsync-demo-secret", "gcsync-admin");
        assertThat(emulator.admin().counters().toString()).doesNotContain(token);
    }

    @Test
    void anExpiredTokenGets401UntilANewOneIsFetched() {
        Http http = new Http(emulator).authenticated();
        assertThat(http.get("/api/v2/users").statusCode()).isEqualTo(200);
        clock.advance(Duration.ofMinutes(5));
        var expired = http.get("/api/v2/users");
        assertThat(expired.statusCode()).isEqualTo(401);
        assertThat(Http.json(expired).get("code").asText()).isEqualTo("credentials.expired");
        assertThat(http.authenticated().get("/api/v2/users").statusCode()).isEqualTo(200);
    }
}
