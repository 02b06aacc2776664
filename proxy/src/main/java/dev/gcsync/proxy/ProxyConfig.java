package dev.gcsync.proxy;

import dev.gcsync.genesys.gateway.TokenGovernors;
import dev.gcsync.governor.GovernorConfig;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The proxy's settings; an immutable, validated value (an invalid one throws
 * {@link IllegalArgumentException} naming the option and its rule).
 *
 * @param host           interface to listen on; loopback unless {@code allowRemote}
 * @param port           TCP port, 0 = ephemeral
 * @param apiBase        where {@code /api/v2/**} goes, e.g. {@code https://api.mypurecloud.ie}
 * @param loginBase      where {@code /oauth/token} goes, e.g. {@code https://login.mypurecloud.ie}
 * @param maxHold        how long a request may wait in the proxy (queue, pacing, 429 pauses) before the
 *                       client gets the 429 itself; 5 min by default (the governor's Retry-After ceiling)
 * @param queueCapacity  requests per token that may wait for a slot; one more is answered 503
 * @param concurrency    requests per token in flight upstream at most (the governor's bound)
 * @param requestTimeout per upstream attempt, until the answer's headers arrive
 * @param maxBodyBytes   largest request body accepted (it is kept in memory to be replayed after a 429)
 * @param allowRemote    permits a non-loopback {@code host}; then a {@code key} is required
 * @param key            the shared key every request must carry in {@value ProxyKey#HEADER}, if set
 * @param governor       the governor settings of each token (its ceiling and concurrency come from above)
 * @param readLimits     read the org's documented limits once with the first caller's token (a few GETs of that
 *                       token's budget), to pace them from the first request; off: found by 429s only
 */
public record ProxyConfig(
        String host,
        int port,
        URI apiBase,
        URI loginBase,
        Duration maxHold,
        int queueCapacity,
        int concurrency,
        Duration requestTimeout,
        int maxBodyBytes,
        boolean allowRemote,
        Optional<ProxyKey> key,
        GovernorConfig governor,
        boolean readLimits) {

    public static final int DEFAULT_PORT = 8787;

    public ProxyConfig {
        require(port >= 0 && port <= 65535, "--listen: the port must be between 0 and 65535");
        require(isHttp(apiBase), "--api-url must be an http(s) URL without a path, e.g. https://api.mypurecloud.ie");
        require(isHttp(loginBase), "--login-url must be an http(s) URL without a path");
        require(!maxHold.isNegative() && !maxHold.isZero(), "--max-hold must be > 0");
        require(queueCapacity >= 0 && queueCapacity <= 100_000, "--queue must be between 0 and 100000");
        require(concurrency >= 1 && concurrency <= 256, "--concurrency must be between 1 and 256");
        require(!requestTimeout.isNegative() && !requestTimeout.isZero(), "--request-timeout must be > 0");
        require(maxBodyBytes > 0, "the largest request body must be > 0 bytes");
        boolean loopback = isLoopback(host);
        require(
                loopback || allowRemote,
                "--listen " + host + " is not a loopback address: binding beyond this"
                        + " machine needs --allow-remote and a shared key (GCSYNC_PROXY_KEY or --key-file)");
        require(
                !allowRemote || key.isPresent(),
                "--allow-remote needs a shared key: set GCSYNC_PROXY_KEY or"
                        + " give --key-file (clients send it in the " + ProxyKey.HEADER + " header)");
    }

    /** Listens on 127.0.0.1:8787, holds up to 5 min, queues 256 per token, 8 in flight per token. */
    public static ProxyConfig defaults(URI apiBase, URI loginBase) {
        return new ProxyConfig(
                "127.0.0.1",
                DEFAULT_PORT,
                apiBase,
                loginBase,
                Duration.ofMinutes(5),
                256,
                8,
                Duration.ofSeconds(60),
                10 * 1024 * 1024,
                false,
                Optional.empty(),
                GovernorConfig.defaults(),
                true);
    }

    public ProxyConfig withListen(String newHost, int newPort) {
        return with(d -> {
            d.host = newHost;
            d.port = newPort;
        });
    }

    public ProxyConfig withMaxHold(Duration hold) {
        return with(d -> d.maxHold = hold);
    }

    public ProxyConfig withQueue(int capacity, int inFlight) {
        return with(d -> {
            d.queueCapacity = capacity;
            d.concurrency = inFlight;
        });
    }

    public ProxyConfig withRequestTimeout(Duration timeout) {
        return with(d -> d.requestTimeout = timeout);
    }

    /** Requires {@code sharedKey} on every request; {@code remote} also permits a non-loopback host. */
    public ProxyConfig withKey(ProxyKey sharedKey, boolean remote) {
        return with(d -> {
            d.allowRemote = remote;
            d.key = Optional.of(sharedKey);
        });
    }

    public ProxyConfig withGovernor(GovernorConfig settings) {
        return with(d -> d.governor = settings);
    }

    /** Whether to read the org's documented limits with the first caller's token ({@link #readLimits}). */
    public ProxyConfig withLimitsRead(boolean read) {
        return with(d -> d.readLimits = read);
    }

    /** This config with {@code change} made to a copy of its fields, validated again as a new one. */
    private ProxyConfig with(Consumer<Draft> change) {
        Draft d = new Draft(this);
        change.accept(d);
        return d.build();
    }

    /** The fields of a config being changed: one place that lists them all, for every wither. */
    private static final class Draft {
        String host;
        int port;
        final URI apiBase;
        final URI loginBase;
        Duration maxHold;
        int queueCapacity;
        int concurrency;
        Duration requestTimeout;
        final int maxBodyBytes;
        boolean allowRemote;
        Optional<ProxyKey> key;
        GovernorConfig governor;
        boolean readLimits;

        Draft(ProxyConfig c) {
            host = c.host;
            port = c.port;
            apiBase = c.apiBase;
            loginBase = c.loginBase;
            maxHold = c.maxHold;
            queueCapacity = c.queueCapacity;
            concurrency = c.concurrency;
            requestTimeout = c.requestTimeout;
            maxBodyBytes = c.maxBodyBytes;
            allowRemote = c.allowRemote;
            key = c.key;
            governor = c.governor;
            readLimits = c.readLimits;
        }

        ProxyConfig build() {
            return new ProxyConfig(
                    host,
                    port,
                    apiBase,
                    loginBase,
                    maxHold,
                    queueCapacity,
                    concurrency,
                    requestTimeout,
                    maxBodyBytes,
                    allowRemote,
                    key,
                    governor,
                    readLimits);
        }
    }

    /**
     * Each token's governor: this config's concurrency; a Retry-After beyond {@code maxHold} stops the token's
     * scope at once (nobody can wait it out); 429 retries bounded by the hold, not by a count.
     */
    public GovernorConfig tokenGovernor() {
        return TokenGovernors.heldFor(
                governor.toBuilder()
                        .maxConcurrency(concurrency)
                        .minConcurrency(Math.min(governor.minConcurrency(), concurrency))
                        .build(),
                maxHold);
    }

    private static boolean isHttp(URI uri) {
        return uri != null
                && uri.getHost() != null
                && ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()))
                && (uri.getPath() == null || uri.getPath().isEmpty() || "/".equals(uri.getPath()))
                && uri.getQuery() == null;
    }

    private static boolean isLoopback(String host) {
        try {
            return host != null
                    && !host.isBlank()
                    && InetAddress.getByName(host).isLoopbackAddress();
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("--listen: unknown host '" + host + "'");
        }
    }

    private static void require(boolean ok, String rule) {
        if (!ok) {
            throw new IllegalArgumentException(rule);
        }
    }
}
