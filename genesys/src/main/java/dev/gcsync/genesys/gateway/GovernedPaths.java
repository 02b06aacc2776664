package dev.gcsync.genesys.gateway;

/**
 * Which requests a gateway holds in a token's governor: the rate-limited API, {@code /api/v2/**}. Everything
 * else (the token request {@code /oauth/token}, which Genesys does not count against a token) passes once and
 * is never held or retried. Pure.
 */
public final class GovernedPaths {
    private static final String API = "/api/v2/";

    private GovernedPaths() {}

    /** True for a path (without its query) of the rate-limited API. */
    public static boolean governed(String path) {
        return path != null && path.startsWith(API);
    }
}
