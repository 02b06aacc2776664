package dev.gcsync.genesys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.gcsync.emulator.EmulatorConfig;
import dev.gcsync.governor.Outcome;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SecretsStayHiddenTest {

    @Test
    void neverShowsTheSecretOrATokenInToStringsEventsOrExceptionMessages() throws Exception {
        try (EmulatorFixture fx = EmulatorFixture.fast()) {
            String secret = EmulatorConfig.DEFAULT_CLIENT_SECRET;
            List<String> seen = new ArrayList<>();
            ClientSettings settings = fx.settings();
            seen.add(settings.toString());
            GenesysClient client = fx.client();
            client.skills();
            fx.emulator.admin().revokeTokens();
            client.skills();
            GenesysException badRequest =
                    catchThrowableOfType(GenesysException.class, () -> client.usersPage(500, 21, Set.of()));
            seen.add(badRequest.getMessage());
            seen.add(badRequest.toString());
            GenesysException refused = catchThrowableOfType(
                    GenesysException.class,
                    () -> fx.client(fx.settings("wrong-" + secret), e -> {}).skills());
            assertThat(refused.outcome()).isEqualTo(Outcome.UNAUTHORIZED);
            seen.add(refused.getMessage());
            ByteArrayOutputStream trace = new ByteArrayOutputStream();
            refused.printStackTrace(new PrintStream(trace, true, StandardCharsets.UTF_8));
            seen.add(trace.toString(StandardCharsets.UTF_8));
            fx.events.forEach(e -> seen.add(e.toString()));

            String token = aTokenOfTheSameKind(fx);
            assertThat(seen).isNotEmpty().allSatisfy(text -> {
                assertThat(text).doesNotContain(secret).doesNotContain("Bearer ");
                assertThat(text).doesNotContain(token.substring(0, Math.min(12, token.length())));
            });
            assertThat(refused.getMessage()).contains("refused client id 'gcsync-demo'");
        }
    }

    /** A token as the emulator issues them, to look for its shape in the texts. */
    private static String aTokenOfTheSameKind(EmulatorFixture fx) throws Exception {
        String basic = Base64.getEncoder()
                .encodeToString((EmulatorConfig.DEFAULT_CLIENT_ID + ":" + EmulatorConfig.DEFAULT_CLIENT_SECRET)
                        .getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> r = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(fx.emulator.baseUrl() + "/oauth/token"))
                                .header("Authorization", "Basic " + basic)
                                .header("Content-Type", "application/x-www-form-urlencoded")
                                .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        return r.body().replaceAll(".*\"access_token\"\\s*:\\s*\"([^\"]+)\".*", "$1");
    }
}
