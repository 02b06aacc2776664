package dev.gcsync.sdk.internal;

import dev.gcsync.governor.Governor;
import dev.gcsync.governor.GovernorConfig;
import dev.gcsync.governor.GovernorListener;
import dev.gcsync.governor.RateSignalParser;
import dev.gcsync.governor.TimeSource;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.DoubleSupplier;

/**
 * One governor per bearer token, keyed by a hash of the {@code Authorization} value (the token is never
 * kept). Thread-safe: a concurrent map.
 */
public final class TokenGovernors {
    private final ConcurrentMap<String, Governor> byToken = new ConcurrentHashMap<>();
    private final GovernorConfig config;
    private final TimeSource time;
    private final DoubleSupplier random;
    private final RateSignalParser parser;
    private final GovernorListener listener;

    public TokenGovernors(GovernorConfig config, TimeSource time, DoubleSupplier random, RateSignalParser parser,
                          GovernorListener listener) {
        this.config = config;
        this.time = time;
        this.random = random;
        this.parser = parser;
        this.listener = listener;
    }

    Governor forAuthorization(String authorization) {
        return byToken.computeIfAbsent(hash(authorization == null ? "" : authorization),
                h -> new Governor(config, time, random, parser, listener));
    }

    private static String hash(String value) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d, 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
