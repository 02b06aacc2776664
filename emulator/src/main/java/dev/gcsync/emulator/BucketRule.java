package dev.gcsync.emulator;

import java.util.Locale;
import java.util.Set;

/**
 * An extra per-token bucket for an endpoint family: requests whose method is in {@code methods} and whose
 * path starts with {@code pathPrefix} also count against {@code limit} per window.
 * Genesys publishes no values for users/routing; {@link #userWrites(int)} reproduces the "chokes after ~50
 * updates" behaviour of profile {@code seed}.
 *
 * @param advertised false: a hidden bucket, the {@code inin-ratelimit-*} headers keep describing the token's
 *                   window (profile seed); true: answers of the family describe this bucket instead (Genesys
 *                   answers {@code inin-ratelimit-allowed} 180 on one route and 300 on another, per the README of
 *                   its JavaScript SDK)
 */
public record BucketRule(String name, Set<String> methods, String pathPrefix, int limit, boolean advertised) {

    public BucketRule {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("bucket name must not be blank");
        }
        if (methods == null || methods.isEmpty()) {
            throw new IllegalArgumentException("bucket '" + name + "': methods must not be empty");
        }
        if (pathPrefix == null || !pathPrefix.startsWith("/")) {
            throw new IllegalArgumentException("bucket '" + name + "': pathPrefix must start with '/'");
        }
        if (limit < 1) {
            throw new IllegalArgumentException("bucket '" + name + "': limit must be >= 1, was " + limit);
        }
        methods = Set.copyOf(methods.stream().map(m -> m.toUpperCase(Locale.ROOT)).toList());
    }

    /** A hidden bucket (the headers do not describe it). */
    public BucketRule(String name, Set<String> methods, String pathPrefix, int limit) {
        this(name, methods, pathPrefix, limit, false);
    }

    /**
     * Parses {@code name:METHOD[,METHOD…]:/path/prefix:limit[:advertised]}, e.g.
     * {@code queue-reads:GET:/api/v2/routing/queues:180:advertised}.
     */
    public static BucketRule parse(String spec) {
        String[] parts = spec.split(":");
        if (parts.length < 4 || parts.length > 5 || (parts.length == 5 && !parts[4].equals("advertised"))) {
            throw new IllegalArgumentException("bucket '" + spec + "': expected name:METHODS:/path/prefix:limit"
                    + "[:advertised], e.g. queue-reads:GET:/api/v2/routing/queues:180:advertised");
        }
        int limit;
        try {
            limit = Integer.parseInt(parts[3]);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("bucket '" + spec + "': limit '" + parts[3] + "' is not a number");
        }
        return new BucketRule(parts[0], Set.of(parts[1].split(",")), parts[2], limit, parts.length == 5);
    }

    /** Writes (POST, PUT, PATCH, DELETE) under {@code /api/v2/users/}, {@code limit} per window. */
    public static BucketRule userWrites(int limit) {
        return new BucketRule("user-writes", Set.of("POST", "PUT", "PATCH", "DELETE"), "/api/v2/users/", limit);
    }

    /** True when a request with this method and path counts against this bucket. */
    public boolean matches(String method, String path) {
        return methods.contains(method) && path.startsWith(pathPrefix);
    }
}
