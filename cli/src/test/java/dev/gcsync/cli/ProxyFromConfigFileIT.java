package dev.gcsync.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gcsync.emulator.Emulator;
import dev.gcsync.emulator.EmulatorConfig;
import dev.gcsync.proxy.GcsyncProxy;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code gcsync proxy} finds the org in gcsync.yaml as every other command does, and forwards to it. */
class ProxyFromConfigFileIT {
    @TempDir
    Path dir;

    @Test
    void theProxyStartsFromAGcsyncYamlAndForwardsToTheOrgItNames() throws Exception {
        try (Emulator emulator =
                Emulator.start(EmulatorConfig.builder().users(5).seed(1).build())) {
            Path config = dir.resolve("gcsync.yaml");
            Files.writeString(
                    config, "apiUrl: " + emulator.baseUrl() + "\nclientId: " + EmulatorConfig.DEFAULT_CLIENT_ID + "\n");
            ProxyCommand command = new ProxyCommand();
            new CommandLine(command).parseArgs("--config", config.toString(), "--listen", "127.0.0.1:0");
            GcsyncProxy proxy = command.start(Map.of());
            try {
                assertThat(proxy.config().apiBase()).isEqualTo(URI.create(emulator.baseUrl()));
                HttpClient http = HttpClient.newHttpClient();
                String token = token(http, emulator.baseUrl());
                HttpResponse<String> users = http.send(
                        HttpRequest.newBuilder(URI.create(proxy.baseUrl() + "/api/v2/users?pageSize=1"))
                                .header("Authorization", "Bearer " + token)
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
                assertThat(users.statusCode()).as(users.body()).isEqualTo(200);
                assertThat(users.body()).contains("\"entities\"");
                assertThat(emulator.admin().counters().byRouteAndStatus())
                        .as("the emulator answered it")
                        .containsKey("GET /api/v2/users 200");
            } finally {
                proxy.close();
            }
        }
    }

    @Test
    void aRegionAndAnApiUrlInGcsyncYamlAreRefusedAsForEveryCommand() throws IOException {
        Path config = dir.resolve("gcsync.yaml");
        Files.writeString(config, "region: eu_west_1\napiUrl: http://127.0.0.1:9\n");
        Cli.Run proxy = Cli.run("proxy", "--config", config.toString());
        Cli.Run export = Cli.run(
                "export", "-o", dir.resolve("x.yaml").toString(), "--config", config.toString(), "--client-id", "c");
        assertThat(proxy.exit()).isEqualTo(ExitCodes.FAILURE);
        assertThat(proxy.err()).contains("a region and an API URL are both given in " + config);
        assertThat(export.err()).contains("a region and an API URL are both given in " + config);
    }

    private static String token(HttpClient http, String base) throws IOException, InterruptedException {
        String basic = Base64.getEncoder()
                .encodeToString((EmulatorConfig.DEFAULT_CLIENT_ID + ":" + EmulatorConfig.DEFAULT_CLIENT_SECRET)
                        .getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> answer = http.send(
                HttpRequest.newBuilder(URI.create(base + "/oauth/token"))
                        .header("Authorization", "Basic " + basic)
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        String body = answer.body();
        int at = body.indexOf("\"access_token\"");
        int start = body.indexOf('"', body.indexOf(':', at)) + 1;
        return body.substring(start, body.indexOf('"', start));
    }
}
