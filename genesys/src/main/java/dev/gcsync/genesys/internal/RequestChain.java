package dev.gcsync.genesys.internal;

import dev.gcsync.genesys.Call;
import dev.gcsync.genesys.EndpointFamily;
import dev.gcsync.genesys.GenesysException;
import dev.gcsync.genesys.Secret;
import dev.gcsync.genesys.model.ErrorBody;
import dev.gcsync.governor.GovernedCall;
import dev.gcsync.governor.NetworkFaults;
import dev.gcsync.governor.Outcome;
import dev.gcsync.governor.Reply;
import dev.gcsync.governor.Result;
import java.io.IOException;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BiFunction;

/**
 * The request path, assembled here and only here: token → auth → governor → transport. A token of the pool
 * is picked (the least busy); the auth link adds its bearer token and, on a 401, refreshes it once (single
 * flight) and sends once more through that token's governor; the governor paces,
 * pauses and retries; the transport sends one attempt. Thread-safe (its links are).
 */
public final class RequestChain {
    private final URI apiBase;
    private final TokenPool pool;
    private final BiFunction<String, String, String> families;
    private final HttpTransport transport;
    private final Json json;

    /**
     * @param families the endpoint family of a method and path: a documented bucket's, else
     *                 {@link dev.gcsync.genesys.EndpointFamily#of}
     */
    public RequestChain(
            URI apiBase,
            TokenPool pool,
            BiFunction<String, String, String> families,
            HttpTransport transport,
            Json json) {
        this.apiBase = apiBase;
        this.pool = pool;
        this.families = families;
        this.transport = transport;
        this.json = json;
    }

    /**
     * Sends {@code request}: the successful answer's body with the attempts and correlation id of the call, or a
     * {@link GenesysException} saying what to do (and carrying the same).
     */
    public Call<byte[]> execute(ApiRequest request) {
        AtomicReference<Secret> used = new AtomicReference<>();
        TokenPool.Lane lane = pool.take();
        Result<byte[]> result;
        int attempts;
        try {
            result = lane.governor().execute(attempt(request, lane, used));
            attempts = result.attempts();
            if (result.outcome() == Outcome.UNAUTHORIZED && used.get() != null) {
                lane.tokens().refreshAfterRejection(used.get());
                result = lane.governor().execute(attempt(request, lane, used));
                attempts += result.attempts();
            }
        } finally {
            pool.done(lane);
        }
        if (result.outcome() == Outcome.SUCCESS) {
            Reply<byte[]> reply = result.reply().orElseThrow();
            return new Call<>(
                    reply.body(),
                    attempts,
                    reply.headers().first(Errors.CORRELATION_ID).orElse(""));
        }
        throw failure(request, result, attempts);
    }

    private GovernedCall<byte[]> attempt(ApiRequest request, TokenPool.Lane lane, AtomicReference<Secret> used) {
        String family = families.apply(request.method(), request.pathAndQuery());
        return attempt(request, family, lane.tokens(), used, lane);
    }

    /**
     * @param lane the lane whose governor sends it, to offer the same request through another token (families
     *             Genesys may count for the whole org); null: not offered
     */
    private GovernedCall<byte[]> attempt(
            ApiRequest request, String family, OAuthTokens tokens, AtomicReference<Secret> used, TokenPool.Lane lane) {
        URI uri = URI.create(apiBase + request.pathAndQuery());
        return new GovernedCall<>() {
            @Override
            public String family() {
                return family;
            }

            @Override
            public Optional<GovernedCall<byte[]>> viaAnotherToken() {
                if (lane == null || !EndpointFamily.mayBeOrgScoped(family)) {
                    return Optional.empty();
                }
                return Optional.of(attempt(request, family, pool.another(lane), new AtomicReference<>(), null));
            }

            @Override
            public boolean idempotent() {
                return request.idempotent();
            }

            @Override
            public Reply<byte[]> send() throws IOException {
                Secret token = tokens.current();
                used.set(token);
                Map<String, String> headers = new LinkedHashMap<>();
                headers.put("Authorization", "Bearer " + token.reveal());
                headers.put("Accept", "application/json");
                if (request.body() != null) {
                    headers.put("Content-Type", "application/json");
                }
                return transport.send(request.method(), uri, headers, request.body());
            }
        };
    }

    private GenesysException failure(ApiRequest request, Result<byte[]> result, int attempts) {
        if (result.reply().isEmpty()) {
            String fault = result.error().map(NetworkFaults::describe).orElse("no answer");
            return new GenesysException(
                    request.describe(),
                    0,
                    null,
                    result.outcome().stopsRun() ? null : "no answer from " + apiBase.getHost() + " (" + fault + ")",
                    null,
                    attempts,
                    result.outcome(),
                    result.retryAt(),
                    null);
        }
        Reply<byte[]> reply = result.reply().get();
        ErrorBody body = Errors.body(json, reply);
        Outcome outcome = Errors.isVersionMismatch(reply.status(), body) ? Outcome.CONFLICT : result.outcome();
        return new GenesysException(
                request.describe(),
                reply.status(),
                body.code(),
                body.message(),
                Errors.correlationId(reply, body),
                attempts,
                outcome,
                result.retryAt(),
                null);
    }
}
