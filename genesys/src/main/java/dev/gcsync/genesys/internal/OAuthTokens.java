package dev.gcsync.genesys.internal;

import dev.gcsync.genesys.GenesysException;
import dev.gcsync.genesys.Secret;
import dev.gcsync.genesys.model.ErrorBody;
import dev.gcsync.governor.Outcome;
import dev.gcsync.governor.Reply;
import dev.gcsync.governor.TimeSource;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;

/**
 * OAuth client credentials: caches the access token and fetches a new one shortly before it expires
 * (a tenth of its lifetime, at most 5 minutes, before), or once after the API rejected it with a 401.
 *
 * <p>Thread safety: every method is {@code synchronized}, so one fetch serves every waiting thread
 * (single flight); {@link #refreshAfterRejection} fetches only if the rejected token is still the cached one.
 */
public final class OAuthTokens {
    private static final long MAX_MARGIN_NANOS = 300_000_000_000L;

    @JsonIgnoreProperties(ignoreUnknown = true)
    record TokenAnswer(@JsonProperty("access_token") String accessToken, @JsonProperty("expires_in") long expiresIn) {
    }

    private final URI tokenUri;
    private final String clientId;
    private final Secret clientSecret;
    private final HttpTransport transport;
    private final TimeSource time;
    private final Json json;
    private Secret token;
    private long refreshAt;
    private int fetches;

    public OAuthTokens(URI loginBase, String clientId, Secret clientSecret, HttpTransport transport, TimeSource time,
                       Json json) {
        this.tokenUri = URI.create(loginBase + "/oauth/token");
        this.clientId = clientId;
        this.clientSecret = clientSecret;
        this.transport = transport;
        this.time = time;
        this.json = json;
    }

    /** The cached token, fetched first if there is none or it is about to expire. */
    public synchronized Secret current() {
        if (token == null || time.nanoTime() >= refreshAt) {
            fetch();
        }
        return token;
    }

    /** The API answered 401 to {@code rejected}: fetch a new token unless another thread already did. */
    public synchronized void refreshAfterRejection(Secret rejected) {
        if (rejected.equals(token)) {
            fetch();
        }
    }

    /** Tokens fetched so far. */
    public synchronized int fetches() {
        return fetches;
    }

    private void fetch() {
        String basic = Base64.getEncoder().encodeToString(
                (clientId + ":" + clientSecret.reveal()).getBytes(StandardCharsets.UTF_8));
        Reply<byte[]> reply;
        try {
            reply = transport.send("POST", tokenUri, Map.of("Authorization", "Basic " + basic,
                            "Content-Type", "application/x-www-form-urlencoded", "Accept", "application/json"),
                    "grant_type=client_credentials".getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new GenesysException("POST /oauth/token", 0, null, "cannot reach the login host "
                    + tokenUri.getHost() + " (" + e.getClass().getSimpleName() + ")", null, Outcome.FAILED,
                    Optional.empty(), null);
        }
        fetches++;
        if (reply.status() != 200) {
            ErrorBody err = Errors.body(json, reply);
            boolean refused = reply.status() == 400 || reply.status() == 401 || reply.status() == 403;
            throw new GenesysException("POST /oauth/token", reply.status(), err.code(),
                    refused ? "the login host refused client id '" + clientId + "' and its secret"
                            + (err.message() == null ? "" : " (" + err.message() + ")") : err.message(),
                    Errors.correlationId(reply, err), refused ? Outcome.UNAUTHORIZED : Outcome.FAILED,
                    Optional.empty(), null);
        }
        TokenAnswer answer = json.read(reply.body(), TokenAnswer.class);
        if (answer.accessToken() == null || answer.accessToken().isBlank()) {
            throw new GenesysException("POST /oauth/token", 200, null, "the answer carries no access_token", null,
                    Outcome.FAILED, Optional.empty(), null);
        }
        long lifetime = Math.max(1, answer.expiresIn()) * 1_000_000_000L;
        token = new Secret(answer.accessToken());
        refreshAt = time.nanoTime() + lifetime - Math.min(MAX_MARGIN_NANOS, lifetime / 10);
    }
}
