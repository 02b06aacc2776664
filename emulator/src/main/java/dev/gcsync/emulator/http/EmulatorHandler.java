package dev.gcsync.emulator.http;

import dev.gcsync.emulator.BulkCost;
import dev.gcsync.emulator.EmulatorClock;
import dev.gcsync.emulator.Fault;
import dev.gcsync.emulator.admin.Counters;
import dev.gcsync.emulator.auth.TokenInfo;
import dev.gcsync.emulator.auth.Tokens;
import dev.gcsync.emulator.background.TrafficGate;
import dev.gcsync.emulator.faults.FaultInjector;
import dev.gcsync.emulator.faults.FaultPlan;
import dev.gcsync.emulator.limits.Caller;
import dev.gcsync.emulator.limits.RateLimiter;
import dev.gcsync.emulator.store.StoreException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.Fields;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The request path, as one explicit chain: match route → guard (admin key / bearer token) → rate limits →
 * faults → endpoint → counters → response with rate headers. Blocking (injected latency parks the thread).
 * Stateless apart from its collaborators, which are thread-safe.
 */
public final class EmulatorHandler extends Handler.Abstract {
    private static final Logger LOG = LoggerFactory.getLogger(EmulatorHandler.class);

    private final RouteTable routes;
    private final RateLimiter limiter;
    private final TrafficGate gate;
    private final FaultInjector faults;
    private final Counters counters;
    private final EmulatorClock clock;
    private final Json json;
    private final byte[] adminKey;
    private final CorrelationIds correlationIds;
    private final BearerAuth auth;
    private final ResponseWriter writer;

    public EmulatorHandler(
            RouteTable routes,
            Tokens tokens,
            RateLimiter limiter,
            TrafficGate gate,
            FaultInjector faults,
            Counters counters,
            EmulatorClock clock,
            Json json,
            String adminKey,
            CorrelationIds correlationIds) {
        this.routes = routes;
        this.limiter = limiter;
        this.gate = gate;
        this.faults = faults;
        this.counters = counters;
        this.clock = clock;
        this.json = json;
        this.adminKey = adminKey.getBytes(StandardCharsets.UTF_8);
        this.correlationIds = correlationIds;
        this.auth = new BearerAuth(tokens);
        this.writer = new ResponseWriter(limiter, json);
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        String method = request.getMethod();
        String path = request.getHttpURI().getPath();
        String correlationId = correlationIds.next();
        byte[] body = hasBody(method) ? readBody(request) : new byte[0];
        Optional<Match> match = routes.match(method, path);
        RouteKind kind = match.map(m -> m.route().kind()).orElse(kindOf(path));
        Exchange ex = new Exchange(method, path, correlationId, match.orElse(null), queryOf(request));
        try {
            switch (kind) {
                case ADMIN -> admin(request, ex, body);
                case OAUTH -> ex.reply = invoke(ex, body, request.getHeaders().get(HttpHeader.AUTHORIZATION), null);
                default -> {
                    if (api(request, ex, body)) {
                        ResponseWriter.dropConnection(request, callback);
                        return true;
                    }
                }
            }
        } catch (ApiError e) {
            ex.reply = error(e, correlationId);
        } catch (StoreException e) {
            ex.reply = error(StoreErrors.toApiError(e), correlationId);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            ex.reply = error(ErrorBodies.serverError(503), correlationId);
        } catch (RuntimeException e) {
            LOG.warn(
                    "internal error on {} {} (correlation id {}): {}",
                    method,
                    ex.template(),
                    correlationId,
                    e.getClass().getName());
            ex.reply = error(
                    new ApiError(500, "internal.server.error", "The server encountered an internal error."),
                    correlationId);
        }
        if (kind != RouteKind.ADMIN) {
            counters.request(method, ex.template(), ex.reply.status(), kind == RouteKind.API ? ex.tokenLabel : null);
            if (kind == RouteKind.API && ex.match != null && ex.reply.status() < 300 && isWrite(ex)) {
                counters.writeAnswered(clock.currentMillis());
            }
        }
        writer.write(response, callback, ex);
        return true;
    }

    private void admin(Request request, Exchange ex, byte[] body) throws Exception {
        String key = request.getHeaders().get("X-Admin-Key");
        if (key == null || !MessageDigest.isEqual(adminKey, key.getBytes(StandardCharsets.UTF_8))) {
            throw ApiError.unauthorized(
                    "authentication.required",
                    "The X-Admin-Key header is missing or wrong; the emulator prints its admin key at start.");
        }
        ex.reply = invoke(ex, body, null, null);
    }

    /** Runs an API request; true when the connection must be dropped (fault). */
    private boolean api(Request request, Exchange ex, byte[] body) throws Exception {
        long now = clock.currentMillis();
        TokenInfo token = auth.authenticate(request.getHeaders().get(HttpHeader.AUTHORIZATION), now);
        ex.tokenLabel = token.label();
        int cost = cost(ex.match, body);
        ex.decision = gate.decide(Caller.of(token.label(), token.client().id()), ex.method, ex.path, cost, now);
        if (!ex.decision.allowed()) {
            ex.reply = Reply.tooManyRequests(
                    ex.decision, ex.correlationId, now, limiter.policy().retryAfterDate());
            return false;
        }
        FaultPlan plan = faults.plan();
        if (!plan.isNone()) {
            if (!plan.delay().isZero()) {
                counters.fault(Fault.LATENCY);
                clock.sleep(plan.delay());
            }
            if (plan.drop()) {
                counters.fault(Fault.DROPPED_CONNECTION);
                counters.request(ex.method, ex.template(), 0, ex.tokenLabel);
                return true;
            }
            if (plan.errorStatus() != 0) {
                counters.fault(Fault.SERVER_ERROR);
                ex.reply = serverError(plan.errorStatus(), ex.correlationId);
                return false;
            }
        }
        ex.reply = invoke(ex, body, null, token);
        if (isWrite(ex) && ex.reply.status() < 300 && faults.errorAfterApply()) {
            counters.fault(Fault.APPLIED_THEN_ERROR);
            throw ErrorBodies.serverError(504);
        }
        return false;
    }

    private Reply invoke(Exchange ex, byte[] body, String authorization, TokenInfo token) throws Exception {
        if (ex.match == null) {
            List<String> nearest = routes.nearest(ex.method, ex.path);
            throw new ApiError(
                    404,
                    "not.found",
                    "No route matches " + ex.method + " " + ex.path + ". Nearest routes: " + String.join(", ", nearest)
                            + ".");
        }
        Call call = new Call(
                ex.method,
                ex.path,
                ex.match.pathParams(),
                ex.query,
                body,
                authorization,
                token == null ? null : token.label(),
                ex.correlationId,
                clock.currentMillis(),
                token == null ? null : token.client());
        return ex.match.route().endpoint().handle(call);
    }

    private static Map<String, List<String>> queryOf(Request request) {
        Map<String, List<String>> query = new HashMap<>();
        for (Fields.Field f : Request.extractQueryParameters(request)) {
            query.put(f.getName(), f.getValues());
        }
        return query;
    }

    private int cost(Match match, byte[] body) {
        if (match == null || !match.route().bulk() || limiter.policy().bulkCost() != BulkCost.PER_ITEM) {
            return 1;
        }
        try {
            var node = json.mapper().readTree(body);
            return node != null && node.isArray() ? Math.max(1, node.size()) : 1;
        } catch (IOException e) {
            return 1;
        }
    }

    /** An injected 5xx, with the faults' {@code Retry-After} when they name one. */
    private Reply serverError(int status, String correlationId) {
        long seconds = faults.faults().errorRetryAfter().toSeconds();
        return new Reply(
                status,
                ErrorBodies.of(ErrorBodies.serverError(status), correlationId),
                seconds > 0 ? Map.of("Retry-After", Long.toString(seconds)) : Map.of());
    }

    private static Reply error(ApiError e, String correlationId) {
        return new Reply(e.status(), ErrorBodies.of(e, correlationId), Map.of());
    }

    private static byte[] readBody(Request request) throws IOException {
        ByteBuffer buffer = Content.Source.asByteBuffer(request);
        byte[] bytes = new byte[buffer.remaining()];
        buffer.get(bytes);
        return bytes;
    }

    /** A request that changes state: not a GET, and not the POST form of the cursor query. */
    private static boolean isWrite(Exchange ex) {
        return !ex.method.equals("GET") && !ex.match.route().template().endsWith("/query");
    }

    private static boolean hasBody(String method) {
        return method.equals("POST") || method.equals("PUT") || method.equals("PATCH");
    }

    static RouteKind kindOf(String path) {
        if (path.startsWith("/admin")) {
            return RouteKind.ADMIN;
        }
        return path.startsWith("/oauth") ? RouteKind.OAUTH : RouteKind.API;
    }
}
