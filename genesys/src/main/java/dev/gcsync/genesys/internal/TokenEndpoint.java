package dev.gcsync.genesys.internal;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.gcsync.genesys.GenesysException;
import dev.gcsync.genesys.Secret;
import dev.gcsync.genesys.model.ErrorBody;
import dev.gcsync.governor.LearnedLimit;
import dev.gcsync.governor.NetworkFaults;
import dev.gcsync.governor.Outcome;
import dev.gcsync.governor.Reply;
import dev.gcsync.governor.RetryAfter;
import dev.gcsync.governor.TimeSource;
import java.io.IOException;
import java.time.Duration;
import java.util.Optional;

/**
 * {@code POST /oauth/token} for every token of a pool: one request at a time (the pool's tokens are fetched one
 * after the other, not in a burst), spaced by the login host's documented token rate when the limits API gives
 * one, and on a 429 paused for its {@code Retry-After} and asked again (Genesys throttles its login endpoint; its
 * Terraform provider retries token requests). A {@code Retry-After} beyond {@code ceiling}, or more than
 * {@value #MAX_THROTTLED} refusals in a row, is an error that says so.
 *
 * <p>Thread safety: {@link #fetch()} is {@code synchronized}: one fetch at a time for the whole pool.
 */
public final class TokenEndpoint {
    static final int MAX_THROTTLED = 5;

    /** One token request, as sent (the secret goes in its Basic header; never logged). */
    @FunctionalInterface
    public interface Requester {
        Reply<byte[]> post() throws IOException;
    }

    /** A token and its lifetime. */
    public record Token(Secret value, Duration lifetime) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    record TokenAnswer(
            @JsonProperty("access_token") String accessToken,
            @JsonProperty("expires_in") long expiresIn) {}

    private final Requester requester;
    private final String clientId;
    private final String host;
    private final TimeSource time;
    private final Json json;
    private final Duration ceiling;
    private long interval;
    private long last = Long.MIN_VALUE;
    private int fetches;
    private int throttled;

    public TokenEndpoint(
            Requester requester, String clientId, String host, TimeSource time, Json json, Duration ceiling) {
        this.requester = requester;
        this.clientId = clientId;
        this.host = host;
        this.time = time;
        this.json = json;
        this.ceiling = ceiling;
    }

    /** The login host documents {@code limit} token requests per {@code window} for this client. */
    public synchronized void documentRate(long limit, Duration window) {
        interval = limit > 0
                ? window.toNanos() / limit + LearnedLimit.guard(window).toNanos()
                : 0;
    }

    /** Token requests sent so far (refused ones included). */
    public synchronized int fetches() {
        return fetches;
    }

    /** Token requests the login host refused with a 429. */
    public synchronized int throttled() {
        return throttled;
    }

    /** A new token; waits out the documented spacing and any 429's Retry-After. */
    public synchronized Token fetch() {
        int refusedInARow = 0;
        while (true) {
            awaitSpacing();
            Reply<byte[]> reply = send();
            last = time.nanoTime(); // the server counted it before it answered: space from the answer
            if (reply.status() != 429) {
                return token(reply);
            }
            throttled++;
            Duration wait = reply.headers()
                    .first("Retry-After")
                    .flatMap(v -> RetryAfter.parse(v, time.wallClock()))
                    .orElse(Duration.ofSeconds(1));
            if (++refusedInARow > MAX_THROTTLED || wait.compareTo(ceiling) > 0) {
                throw new GenesysException(
                        "POST /oauth/token",
                        429,
                        "too.many.requests",
                        "the login host refused "
                                + refusedInARow + " token request(s) in a row and asks to wait " + wait.toSeconds()
                                + " s: fewer --tokens, or run later",
                        Errors.correlationId(reply, Errors.body(json, reply)),
                        Outcome.STOPPED_RATE_LIMITED,
                        Optional.of(time.wallClock().plus(wait)),
                        null);
            }
            sleep(wait.toNanos());
        }
    }

    private void awaitSpacing() {
        if (interval > 0 && last != Long.MIN_VALUE) {
            sleep(last + interval - time.nanoTime());
        }
    }

    private Reply<byte[]> send() {
        try {
            Reply<byte[]> reply = requester.post();
            fetches++;
            return reply;
        } catch (IOException e) {
            throw new GenesysException(
                    "POST /oauth/token",
                    0,
                    null,
                    "cannot reach the login host " + host + " (" + NetworkFaults.describe(e) + ")",
                    null,
                    Outcome.FAILED,
                    Optional.empty(),
                    null);
        }
    }

    private Token token(Reply<byte[]> reply) {
        if (reply.status() != 200) {
            ErrorBody err = Errors.body(json, reply);
            boolean refused = reply.status() == 400 || reply.status() == 401 || reply.status() == 403;
            throw new GenesysException(
                    "POST /oauth/token",
                    reply.status(),
                    err.code(),
                    refused
                            ? "the login host refused client id '" + clientId + "' and its secret"
                                    + (err.message() == null ? "" : " (" + err.message() + ")")
                            : err.message(),
                    Errors.correlationId(reply, err),
                    refused ? Outcome.UNAUTHORIZED : Outcome.FAILED,
                    Optional.empty(),
                    null);
        }
        TokenAnswer answer = json.read(reply.body(), TokenAnswer.class);
        if (answer.accessToken() == null || answer.accessToken().isBlank()) {
            throw new GenesysException(
                    "POST /oauth/token",
                    200,
                    null,
                    "the answer carries no access_token",
                    null,
                    Outcome.FAILED,
                    Optional.empty(),
                    null);
        }
        return new Token(new Secret(answer.accessToken()), Duration.ofSeconds(Math.max(1, answer.expiresIn())));
    }

    private void sleep(long nanos) {
        try {
            time.await(nanos);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new GenesysException(
                    "POST /oauth/token", 0, null, null, null, Outcome.INTERRUPTED, Optional.empty(), null);
        }
    }
}
