package dev.gcsync.emulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** A small loopback HTTP client for tests: token, JSON requests, admin requests. */
final class Http {
    static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient client = HttpClient.newHttpClient();
    private final Emulator emulator;
    private String token;

    Http(Emulator emulator) {
        this.emulator = emulator;
    }

    /** Fetches a token with the configured client credentials. */
    static String token(Emulator emulator) {
        EmulatorConfig c = emulator.config();
        HttpResponse<String> r = new Http(emulator).oauth(c.clientId(), c.clientSecret());
        if (r.statusCode() != 200) {
            throw new IllegalStateException("token request failed: " + r.statusCode() + " " + r.body());
        }
        return json(r).get("access_token").asText();
    }

    Http authenticated() {
        token = token(emulator);
        return this;
    }

    String currentToken() {
        return token;
    }

    Http withToken(String value) {
        token = value;
        return this;
    }

    HttpResponse<String> oauth(String id, String secret) {
        String basic = Base64.getEncoder().encodeToString((id + ":" + secret).getBytes(StandardCharsets.UTF_8));
        return send(HttpRequest.newBuilder(URI.create(emulator.baseUrl() + "/oauth/token"))
                .header("Authorization", "Basic " + basic)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials")));
    }

    HttpResponse<String> get(String path) {
        return send(api(path).GET());
    }

    HttpResponse<String> send(String method, String path, String body) {
        return send(api(path)
                .method(
                        method,
                        body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
                .header("Content-Type", "application/json"));
    }

    HttpResponse<String> admin(String method, String path, String body) {
        return adminWithKey(method, path, body, emulator.config().adminKey());
    }

    HttpResponse<String> adminWithKey(String method, String path, String body, String key) {
        return send(HttpRequest.newBuilder(URI.create(emulator.baseUrl() + path))
                .header("X-Admin-Key", key)
                .method(
                        method,
                        body == null
                                ? HttpRequest.BodyPublishers.noBody()
                                : HttpRequest.BodyPublishers.ofString(body)));
    }

    static JsonNode json(HttpResponse<String> response) {
        try {
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new IllegalStateException("not JSON: " + response.body(), e);
        }
    }

    private HttpRequest.Builder api(String path) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(emulator.baseUrl() + path));
        return token == null ? b : b.header("Authorization", "Bearer " + token);
    }

    HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
