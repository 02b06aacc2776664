package dev.gcsync.bench.nightly.contender;

import dev.gcsync.bench.common.OAuth;
import dev.gcsync.emulator.OAuthClient;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Locale;

/**
 * One {@link Change} as one plain {@code java.net.http} call with a bearer token, the way a script writes it.
 * A 401 (expired token) fetches a new token and sends the call once more. Not thread-safe (one per loop).
 */
final class PlainHttp {
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final String baseUrl;
    private final OAuthClient client;
    private String token;

    PlainHttp(String baseUrl, OAuthClient client) throws Exception {
        this.baseUrl = baseUrl;
        this.client = client;
        this.token = newToken();
    }

    /** The status of the call; IOException for a dropped connection. */
    int send(Change change) throws IOException, InterruptedException {
        int status = once(change);
        if (status == 401) {
            try {
                token = newToken();
            } catch (Exception e) {
                throw new IOException("token refresh failed: " + e.getMessage(), e);
            }
            status = once(change);
        }
        return status;
    }

    private int once(Change change) throws IOException, InterruptedException {
        HttpRequest.Builder r;
        if (change instanceof Change.Skill s) {
            r = json(
                    "PATCH",
                    "/api/v2/users/" + s.userId() + "/routingskills/bulk",
                    String.format(Locale.ROOT, "[{\"id\":\"%s\",\"proficiency\":%s}]", s.skillId(), s.proficiency()));
        } else if (change instanceof Change.Join j) {
            r = json(
                    "POST",
                    "/api/v2/routing/queues/" + j.queueId() + "/members?delete=false",
                    "[{\"id\":\"" + j.userId() + "\"}]");
        } else if (change instanceof Change.CodeAdd c) {
            r = json(
                    "POST",
                    "/api/v2/routing/queues/" + c.queueId() + "/wrapupcodes",
                    "[{\"id\":\"" + c.codeId() + "\"}]");
        } else {
            Change.CodeRemove c = (Change.CodeRemove) change;
            r = HttpRequest.newBuilder(uri("/api/v2/routing/queues/" + c.queueId() + "/wrapupcodes/" + c.codeId()))
                    .DELETE();
        }
        return http.send(
                        r.header("Authorization", "Bearer " + token)
                                .timeout(Duration.ofSeconds(30))
                                .build(),
                        HttpResponse.BodyHandlers.discarding())
                .statusCode();
    }

    private HttpRequest.Builder json(String method, String path, String body) {
        return HttpRequest.newBuilder(uri(path))
                .header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(body));
    }

    private URI uri(String path) {
        return URI.create(baseUrl + path);
    }

    private String newToken() throws Exception {
        return OAuth.token(baseUrl, client.id(), client.secret());
    }
}
