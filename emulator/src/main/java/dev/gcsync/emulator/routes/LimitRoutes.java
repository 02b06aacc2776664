package dev.gcsync.emulator.routes;

import dev.gcsync.emulator.RatePolicy;
import dev.gcsync.emulator.http.ApiError;
import dev.gcsync.emulator.http.Call;
import dev.gcsync.emulator.http.Reply;
import dev.gcsync.emulator.http.Route;
import dev.gcsync.emulator.limits.RateLimiter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code GET /api/v2/organizations/limits/namespaces/platform.api} (and {@code /defaults}). The token limit is
 * expressed per minute as Genesys names it: a compressed window scales it ({@code 5 per 1 s} reads 300), and
 * two emulator-only entries state the window itself.
 */
final class LimitRoutes {
    static final String NAMESPACE = "platform.api";

    private final RateLimiter limiter;

    LimitRoutes(RateLimiter limiter) {
        this.limiter = limiter;
    }

    List<Route> routes() {
        return List.of(
                Route.api("GET", "/api/v2/organizations/limits/namespaces/{namespace}",
                        call -> Reply.ok(limits(call, limiter.policy()))),
                Route.api("GET", "/api/v2/organizations/limits/namespaces/{namespace}/defaults",
                        call -> Reply.ok(limits(call, RatePolicy.genesys()))));
    }

    private static Map<String, Object> limits(Call call, RatePolicy p) {
        String namespace = call.pathParam("namespace");
        if (!NAMESPACE.equals(namespace)) {
            throw ApiError.notFound("limits namespace", namespace);
        }
        long windowSeconds = p.window().toSeconds();
        long perMinute = Math.round(p.limit() * 60.0 / windowSeconds);
        List<Map<String, Object>> entities = new ArrayList<>();
        entities.add(limit("client.credentials.token.rate.per.minute", perMinute));
        entities.add(limit("emulator.token.rate.per.window", p.limit()));
        entities.add(limit("emulator.token.rate.window.seconds", windowSeconds));
        return Map.of("entities", entities);
    }

    private static Map<String, Object> limit(String key, long value) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("key", key);
        out.put("namespace", NAMESPACE);
        out.put("value", value);
        return out;
    }
}
