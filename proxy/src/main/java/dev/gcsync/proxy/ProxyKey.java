package dev.gcsync.proxy;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/**
 * The shared key clients send in {@value #HEADER} when the proxy listens beyond loopback. Its
 * {@link #toString()} is redacted, so it cannot leak through a log line or an exception message.
 */
public final class ProxyKey {
    /** The request header that carries the key; the proxy strips it before forwarding. */
    public static final String HEADER = "X-Gcsync-Proxy-Key";
    /** Shorter keys are guessable: 16 characters of a random base64 string are 96 bits. */
    public static final int MIN_LENGTH = 16;

    private final byte[] value;

    public ProxyKey(String value) {
        if (value == null || value.strip().length() < MIN_LENGTH) {
            throw new IllegalArgumentException(
                    "the proxy key must be at least " + MIN_LENGTH + " characters (e.g. openssl rand -base64 24)");
        }
        this.value = value.strip().getBytes(StandardCharsets.UTF_8);
    }

    /** True when {@code presented} is this key; compares in constant time. */
    public boolean matches(String presented) {
        return presented != null
                && MessageDigest.isEqual(value, presented.strip().getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public String toString() {
        return "ProxyKey[redacted]";
    }
}
