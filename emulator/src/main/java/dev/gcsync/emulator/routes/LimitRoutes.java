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
import java.util.TreeSet;

/**
 * The org's limits: {@code GET /api/v2/organizations/limits/namespaces} (the names),
 * {@code …/namespaces/{namespace}} and its {@code /defaults}, and {@code …/limits/docs}. {@code platform.api}
 * holds the token limit, expressed per minute as Genesys names it (a compressed window scales it: {@code 5 per
 * 1 s} reads 300) with two emulator-only entries that state the window itself, and the token endpoint's
 * throttle. Every documented bucket is listed in its namespace as {@link LimitKeys#bucketKey}.
 */
final class LimitRoutes {
    static final String PLATFORM = "platform.api";
    static final String AUTH = "auth.api";
    /** Namespaces that exist even with nothing documented in them (a subset of Genesys' list). */
    static final List<String> KNOWN = List.of(PLATFORM, AUTH, "routing", "users", "directory");
    /** What Genesys' {@code /limits/docs} points at (its answer is a link). */
    static final String DOCS_URL = "https://developer.genesys.cloud/organization/organization/limits";

    private final RateLimiter limiter;

    LimitRoutes(RateLimiter limiter) {
        this.limiter = limiter;
    }

    List<Route> routes() {
        return List.of(
                Route.api("GET", "/api/v2/organizations/limits/namespaces", call -> Reply.ok(names())),
                Route.api(
                        "GET",
                        "/api/v2/organizations/limits/namespaces/{namespace}",
                        call -> Reply.ok(listing(call, limiter.policy()))),
                Route.api(
                        "GET",
                        "/api/v2/organizations/limits/namespaces/{namespace}/defaults",
                        call -> Reply.ok(listing(call, RatePolicy.genesys()))),
                Route.api("GET", "/api/v2/organizations/limits/docs", call -> Reply.ok(docs())));
    }

    private Map<String, Object> names() {
        TreeSet<String> names = new TreeSet<>(KNOWN);
        limiter.policy().buckets().stream().filter(b -> !b.undocumented()).forEach(b -> names.add(b.namespace()));
        List<Map<String, Object>> entities =
                names.stream().map(n -> Map.<String, Object>of("name", n)).toList();
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("entities", entities);
        out.put("pageSize", entities.size());
        out.put("pageNumber", 1);
        out.put("total", entities.size());
        return out;
    }

    private static Map<String, Object> listing(Call call, RatePolicy p) {
        String namespace = call.pathParam("namespace");
        List<Map<String, Object>> entities = new ArrayList<>();
        for (Map<String, Object> doc : LimitKeys.documented(p)) {
            if (doc.get("namespace").equals(namespace)) {
                entities.add(entry((String) doc.get("key"), namespace, (Long) doc.get("value")));
            }
        }
        boolean known = KNOWN.contains(namespace)
                || p.buckets().stream()
                        .anyMatch(b -> !b.undocumented() && b.namespace().equals(namespace));
        if (!known) {
            throw ApiError.notFound("limits namespace", namespace);
        }
        return Map.of("entities", entities);
    }

    private Map<String, Object> docs() {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("url", DOCS_URL);
        out.put("entities", LimitKeys.documented(limiter.policy()));
        return out;
    }

    static Map<String, Object> entry(String key, String namespace, long value) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("key", key);
        out.put("namespace", namespace);
        out.put("value", value);
        return out;
    }
}
