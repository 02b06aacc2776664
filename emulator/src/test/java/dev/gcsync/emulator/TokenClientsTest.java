package dev.gcsync.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Which OAuth client sent which requests, when several share the org (the bench's s6-hosts judges by it). */
class TokenClientsTest {
    private final Emulator emulator = Emulator.start(EmulatorConfig.builder()
            .users(5)
            .client(OAuthClient.fullAdmin("other-host", "other-secret"))
            .build());

    @AfterEach
    void stop() {
        emulator.close();
    }

    @Test
    void tellsEachTokenLabelOfTheCountersItsClient() {
        Http demo = new Http(emulator).authenticated();
        Http other = new Http(emulator);
        other.withToken(Http.json(other.oauth("other-host", "other-secret"))
                .get("access_token")
                .asText());
        demo.get("/api/v2/users");
        other.get("/api/v2/users");
        other.get("/api/v2/routing/skills");

        Map<String, String> clients = emulator.admin().tokenClients();
        Map<String, Long> byToken = emulator.admin().counters().byToken();

        assertThat(clients).hasSize(2).containsValues("gcsync-demo", "other-host");
        assertThat(byToken.keySet()).isEqualTo(clients.keySet());
        byToken.forEach((label, n) -> assertThat(n).isEqualTo("other-host".equals(clients.get(label)) ? 2L : 1L));
        assertThat(clients.toString()).doesNotContain(demo.currentToken(), other.currentToken());
    }

    @Test
    void forgetsRevokedTokens() {
        new Http(emulator).authenticated().get("/api/v2/users");
        emulator.admin().revokeTokens();
        assertThat(emulator.admin().tokenClients()).isEmpty();
    }
}
