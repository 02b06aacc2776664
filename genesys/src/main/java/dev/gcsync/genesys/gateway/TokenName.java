package dev.gcsync.genesys.gateway;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

/**
 * The one name under which a bearer token is known to a gateway (the proxy, the SDK connector): its map key,
 * its metrics label, its log name: {@code t-} and the first 12 hex digits of its SHA-256. The token itself is
 * never kept, logged, exported or stored.
 */
public final class TokenName {
    /** Requests without a bearer token share one governor. */
    public static final String ANONYMOUS = "anonymous";

    private TokenName() {}

    /** The name for an {@code Authorization} header value (null when absent). */
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

    /** The name of a bare token. */
    public static String of(String token) {
        return "t-" + sha256Hex(token, 6);
    }

    /** The first {@code bytes} bytes of the SHA-256 of {@code value}, in hex. */
    public static String sha256Hex(String value, int bytes) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
