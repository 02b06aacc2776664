package dev.gcsync.emulator.auth;

import dev.gcsync.emulator.OAuthClient;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Issues and checks bearer tokens. Thread-safe: a concurrent map of token value to {@link TokenInfo}.
 * Token values are random (unguessable); labels are sequential and safe to show.
 */
public final class Tokens {
    private final SecureRandom random;
    private final Map<String, TokenInfo> issued = new ConcurrentHashMap<>();
    private final AtomicLong sequence = new AtomicLong();

    public Tokens(SecureRandom random) {
        this.random = random;
    }

    /** Outcome of checking a bearer token. */
    public enum Status {
        VALID,
        UNKNOWN,
        EXPIRED
    }

    /** A token just issued: its secret value and its public info. */
    public record Issued(String value, TokenInfo info) {
        @Override
        public String toString() {
            return "Issued[" + info + "]";
        }
    }

    public Issued issue(long nowMillis, Duration lifetime, OAuthClient client) {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String value = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        TokenInfo info = new TokenInfo("token-" + sequence.incrementAndGet(), nowMillis + lifetime.toMillis(), client);
        issued.put(value, info);
        return new Issued(value, info);
    }

    /** The token's info, or null when unknown or expired ({@link #status} tells which). */
    public TokenInfo find(String value, long nowMillis) {
        TokenInfo info = value == null ? null : issued.get(value);
        return info != null && nowMillis < info.expiresAtMillis() ? info : null;
    }

    public Status status(String value, long nowMillis) {
        TokenInfo info = value == null ? null : issued.get(value);
        if (info == null) {
            return Status.UNKNOWN;
        }
        return nowMillis < info.expiresAtMillis() ? Status.VALID : Status.EXPIRED;
    }

    /** Label → OAuth client id of every token issued and not revoked: who sent what, for judges of a run. */
    public Map<String, String> clientsByLabel() {
        Map<String, String> out = new TreeMap<>();
        issued.values().forEach(info -> out.put(info.label(), info.client().id()));
        return out;
    }

    /** Forgets every token (admin import/reset); clients must authenticate again. */
    public void revokeAll() {
        issued.clear();
    }
}
