package dev.gcsync.proxy.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

/**
 * The name under which a bearer token appears in metrics and logs: {@code t-} and the first 12 hex digits
 * of its SHA-256. The token itself is never kept as a key, logged or exported.
 */
public final class TokenHash {
    /** Requests without a bearer token share one lane. */
    public static final String ANONYMOUS = "anonymous";

    private TokenHash() {
    }

    /** The lane name for an {@code Authorization} header value (null when absent). */
    public static String ofAuthorization(String authorization) {
        if (authorization == null) {
            return ANONYMOUS;
        }
        String v = authorization.strip();
        if (v.length() <= 7 || !v.substring(0, 7).toLowerCase(Locale.ROOT).equals("bearer ")) {
            return ANONYMOUS;
        }
        return of(v.substring(7).strip());
    }

    static String of(String token) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
            return "t-" + HexFormat.of().formatHex(digest, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
