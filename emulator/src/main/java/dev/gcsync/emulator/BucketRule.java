package dev.gcsync.emulator;

import java.util.Locale;
import java.util.Set;

/**
 * An extra per-token bucket for an endpoint family: requests whose method is in {@code methods} and whose
 * path starts with {@code pathPrefix} also count against {@code limit} per window.
 * Genesys publishes no values for users/routing; {@link #userWrites(int)} reproduces the "chokes after ~50
 * updates" behaviour of profile {@code seed}.
 */
public record BucketRule(String name, Set<String> methods, String pathPrefix, int limit) {

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

    /** Writes (POST, PUT, PATCH, DELETE) under {@code /api/v2/users/}, {@code limit} per window. */
    public static BucketRule userWrites(int limit) {
        return new BucketRule("user-writes", Set.of("POST", "PUT", "PATCH", "DELETE"), "/api/v2/users/", limit);
    }

    /** True when a request with this method and path counts against this bucket. */
    public boolean matches(String method, String path) {
        return methods.contains(method) && path.startsWith(pathPrefix);
    }
}
