package dev.gcsync.emulator.auth;

import dev.gcsync.emulator.OAuthClient;

/**
 * What the emulator knows about an issued token. {@code label} ("token-1", "token-2", ...) names the token
 * in counters and logs; the token value itself is never shown. {@code client} is the OAuth client it was
 * issued to, whose roles decide what the token may do.
 */
public record TokenInfo(String label, long expiresAtMillis, OAuthClient client) {}
