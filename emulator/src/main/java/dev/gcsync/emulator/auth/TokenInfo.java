package dev.gcsync.emulator.auth;

/**
 * What the emulator knows about an issued token. {@code label} ("token-1", "token-2", ...) names the token
 * in counters and logs; the token value itself is never shown.
 */
public record TokenInfo(String label, long expiresAtMillis) {
}
