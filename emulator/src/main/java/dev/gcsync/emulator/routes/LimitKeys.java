package dev.gcsync.emulator.routes;

import dev.gcsync.emulator.BucketRule;
import dev.gcsync.emulator.RatePolicy;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The documented limits of a policy, one place for their keys and details. A bucket's key says its scope and
 * window: {@code <bucket>.<token|client|org>.rate.per.<seconds>s}, e.g. {@code user-routing-writes.org.rate.per.60s}
 * (Genesys' keys for the 2026 per-organisation limits are unpublished; this form is the emulator's). Stateless.
 */
final class LimitKeys {
    private LimitKeys() {}

    static String bucketKey(BucketRule b, RatePolicy p) {
        return b.name() + "." + b.scope().label() + ".rate.per."
                + b.windowOr(p.window()).toSeconds() + "s";
    }

    /**
     * Every documented limit with its details: {@code key, namespace, value} (what the namespace listing
     * shows) and {@code scope, windowSeconds, align, methods, pathPrefix} (the emulator's docs).
     */
    static List<Map<String, Object>> documented(RatePolicy p) {
        List<Map<String, Object>> out = new ArrayList<>();
        if (!p.enabled()) {
            // an unlimited emulator (profile unlimited) limits nothing, so it documents no limit either
            return out;
        }
        long windowSeconds = p.window().toSeconds();
        long perMinute = Math.round(p.limit() * 60.0 / windowSeconds);
        out.add(doc(
                "client.credentials.token.rate.per.minute",
                LimitRoutes.PLATFORM,
                perMinute,
                "token",
                60,
                "first",
                List.of("*"),
                "/api/v2"));
        out.add(doc(
                "emulator.token.rate.per.window",
                LimitRoutes.PLATFORM,
                p.limit(),
                "token",
                windowSeconds,
                "first",
                List.of("*"),
                "/api/v2"));
        out.add(doc(
                "emulator.token.rate.window.seconds",
                LimitRoutes.PLATFORM,
                windowSeconds,
                "token",
                windowSeconds,
                "first",
                List.of("*"),
                "/api/v2"));
        if (p.tokenRequests() > 0) {
            long seconds = p.tokenWindow().toSeconds();
            out.add(doc(
                    "oauth.token.client.rate.per." + seconds + "s",
                    LimitRoutes.AUTH,
                    p.tokenRequests(),
                    "client",
                    seconds,
                    "first",
                    List.of("POST"),
                    "/oauth/token"));
        }
        for (BucketRule b : p.buckets()) {
            if (!b.undocumented()) {
                out.add(doc(
                        bucketKey(b, p),
                        b.namespace(),
                        b.limit(),
                        b.scope().label(),
                        b.windowOr(p.window()).toSeconds(),
                        b.align().label(),
                        b.methods().stream().sorted().toList(),
                        b.pathPrefix()));
            }
        }
        return out;
    }

    private static Map<String, Object> doc(
            String key,
            String namespace,
            long value,
            String scope,
            long windowSeconds,
            String align,
            List<String> methods,
            String pathPrefix) {
        Map<String, Object> out = LimitRoutes.entry(key, namespace, value);
        out.put("scope", scope);
        out.put("windowSeconds", windowSeconds);
        out.put("align", align);
        out.put("methods", methods);
        out.put("pathPrefix", pathPrefix);
        return out;
    }
}
