package dev.gcsync.emulator.routes;

import dev.gcsync.emulator.OAuthClient;
import dev.gcsync.emulator.auth.Tokens;
import dev.gcsync.emulator.faults.FaultInjector;
import dev.gcsync.emulator.http.ApiError;
import dev.gcsync.emulator.http.Call;
import dev.gcsync.emulator.http.Reply;
import dev.gcsync.emulator.http.Route;
import dev.gcsync.emulator.http.RouteKind;
import dev.gcsync.emulator.limits.Decision;
import dev.gcsync.emulator.limits.RateLimiter;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code POST /oauth/token}: the client-credentials grant with HTTP Basic auth; a client asking for more tokens
 * than {@code RatePolicy.tokenRequests} per {@code tokenWindow} gets 429 with {@code Retry-After}.
 */
final class OAuthRoutes {
    private final Tokens tokens;
    private final FaultInjector faults;
    private final List<OAuthClient> clients;
    private final RateLimiter limiter;

    OAuthRoutes(Tokens tokens, FaultInjector faults, List<OAuthClient> clients, RateLimiter limiter) {
        this.limiter = limiter;
        this.tokens = tokens;
        this.faults = faults;
        this.clients = List.copyOf(clients);
    }

    List<Route> routes() {
        return List.of(new Route("POST", "/oauth/token", RouteKind.OAUTH, false, this::token));
    }

    private Reply token(Call call) {
        OAuthClient client = clientOf(basicCredentials(call.authorization()));
        if (client == null) {
            throw ApiError.unauthorized("bad.credentials", "Invalid client credentials.");
        }
        String grant = formField(new String(call.body(), StandardCharsets.UTF_8), "grant_type");
        if (!"client_credentials".equals(grant)) {
            throw ApiError.badRequest("grant_type must be client_credentials, was " + grant + ".");
        }
        Decision throttle = limiter.decideTokenRequest(client.id(), call.nowMillis());
        if (!throttle.allowed()) {
            return Reply.tooManyRequests(
                    throttle,
                    call.correlationId(),
                    call.nowMillis(),
                    limiter.policy().retryAfterDate());
        }
        var lifetime = faults.faults().tokenLifetime();
        Tokens.Issued issued = tokens.issue(call.nowMillis(), lifetime, client);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("access_token", issued.value());
        body.put("token_type", "bearer");
        body.put("expires_in", lifetime.toSeconds());
        return Reply.ok(body);
    }

    /** The client whose {@code id:secret} these are (compared in constant time), or null. */
    private OAuthClient clientOf(byte[] credentials) {
        OAuthClient found = null;
        for (OAuthClient c : clients) {
            if (MessageDigest.isEqual((c.id() + ":" + c.secret()).getBytes(StandardCharsets.UTF_8), credentials)) {
                found = c;
            }
        }
        return found;
    }

    private static byte[] basicCredentials(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            return new byte[0];
        }
        try {
            return Base64.getDecoder().decode(authorization.substring(6).trim());
        } catch (IllegalArgumentException e) {
            return new byte[0];
        }
    }

    private static String formField(String form, String name) {
        for (String pair : form.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0
                    && URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8)
                            .equals(name)) {
                return URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            }
        }
        return null;
    }
}
