package dev.gcsync.genesys;

import dev.gcsync.governor.GovernorConfig;
import java.net.URI;
import java.time.Duration;

/**
 * How to reach and authenticate to one org; an immutable value.
 *
 * @param apiBase        {@code https://api.<domain>} or an emulator's base URL
 * @param loginBase      {@code https://login.<domain>} or the emulator's base URL
 * @param clientId       the OAuth client id (not secret)
 * @param clientSecret   the OAuth client secret (redacted in {@code toString})
 * @param requestTimeout per-attempt timeout (30 s by default)
 * @param governor       the rate governor's settings
 * @param tokens         tokens of this client sent through (a pool), 1–{@value #MAX_TOKENS}; each has its own
 *                       per-token window, all share the org's buckets (docs/governor.md)
 */
public record ClientSettings(
        URI apiBase,
        URI loginBase,
        String clientId,
        Secret clientSecret,
        Duration requestTimeout,
        GovernorConfig governor,
        int tokens) {
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);
    /** As Genesys' Terraform provider allows for its token pool ({@code token_pool_size} 1–20). */
    public static final int MAX_TOKENS = 20;

    public ClientSettings {
        requireBase(apiBase, "api URL");
        requireBase(loginBase, "login URL");
        if (clientId == null || clientId.isBlank()) {
            throw new IllegalArgumentException("client id is required");
        }
        if (clientSecret == null) {
            throw new IllegalArgumentException("client secret is required");
        }
        if (requestTimeout.isNegative() || requestTimeout.isZero()) {
            throw new IllegalArgumentException("request timeout must be > 0");
        }
        if (tokens < 1 || tokens > MAX_TOKENS) {
            throw new IllegalArgumentException("tokens must be between 1 and " + MAX_TOKENS + ", was " + tokens);
        }
        apiBase = stripSlash(apiBase);
        loginBase = stripSlash(loginBase);
    }

    /** One token. */
    public ClientSettings(
            URI apiBase,
            URI loginBase,
            String clientId,
            Secret clientSecret,
            Duration requestTimeout,
            GovernorConfig governor) {
        this(apiBase, loginBase, clientId, clientSecret, requestTimeout, governor, 1);
    }

    public static ClientSettings forRegion(Region region, String clientId, Secret secret) {
        return new ClientSettings(
                region.apiBase(), region.loginBase(), clientId, secret, DEFAULT_TIMEOUT, GovernorConfig.defaults());
    }

    public static ClientSettings forUrls(URI api, URI login, String clientId, Secret secret) {
        return new ClientSettings(api, login, clientId, secret, DEFAULT_TIMEOUT, GovernorConfig.defaults());
    }

    public ClientSettings withGovernor(GovernorConfig config) {
        return new ClientSettings(apiBase, loginBase, clientId, clientSecret, requestTimeout, config, tokens);
    }

    public ClientSettings withRequestTimeout(Duration timeout) {
        return new ClientSettings(apiBase, loginBase, clientId, clientSecret, timeout, governor, tokens);
    }

    /** A pool of {@code n} tokens of this client. */
    public ClientSettings withTokens(int n) {
        return new ClientSettings(apiBase, loginBase, clientId, clientSecret, requestTimeout, governor, n);
    }

    private static void requireBase(URI uri, String what) {
        if (uri == null
                || uri.getHost() == null
                || !("https".equals(uri.getScheme()) || "http".equals(uri.getScheme()))) {
            throw new IllegalArgumentException(what + " must be an http(s) URL with a host, was " + uri);
        }
    }

    private static URI stripSlash(URI uri) {
        String s = uri.toString();
        return s.endsWith("/") ? URI.create(s.substring(0, s.length() - 1)) : uri;
    }
}
