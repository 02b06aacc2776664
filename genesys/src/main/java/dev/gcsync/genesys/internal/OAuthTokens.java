package dev.gcsync.genesys.internal;

import dev.gcsync.genesys.Secret;
import dev.gcsync.governor.TimeSource;

/**
 * One token of a pool: caches it and fetches a new one through the pool's {@link TokenEndpoint} shortly before
 * it expires (a tenth of its lifetime, at most 5 minutes, before), or once after the API rejected it with a 401.
 *
 * <p>Thread safety: every method is {@code synchronized}, so one fetch serves every waiting thread
 * (single flight); {@link #refreshAfterRejection} fetches only if the rejected token is still the cached one.
 */
public final class OAuthTokens {
    private static final long MAX_MARGIN_NANOS = 300_000_000_000L;

    private final TokenEndpoint endpoint;
    private final TimeSource time;
    private Secret token;
    private long refreshAt;
    private int fetches;

    public OAuthTokens(TokenEndpoint endpoint, TimeSource time) {
        this.endpoint = endpoint;
        this.time = time;
    }

    /** The cached token, fetched first if there is none or it is about to expire. */
    public synchronized Secret current() {
        if (token == null || time.nanoTime() >= refreshAt) {
            fetch();
        }
        return token;
    }

    /** The API answered 401 to {@code rejected}: fetch a new token unless another thread already did. */
    public synchronized void refreshAfterRejection(Secret rejected) {
        if (rejected.equals(token)) {
            fetch();
        }
    }

    /** Tokens this slot fetched so far. */
    public synchronized int fetches() {
        return fetches;
    }

    private void fetch() {
        TokenEndpoint.Token t = endpoint.fetch();
        fetches++;
        long lifetime = t.lifetime().toNanos();
        token = t.value();
        refreshAt = time.nanoTime() + lifetime - Math.min(MAX_MARGIN_NANOS, lifetime / 10);
    }
}
