package dev.gcsync.governor;

import java.util.Optional;

/**
 * Reads a {@link RateSignal} from response headers. Pluggable: the Genesys {@code inin-ratelimit-*}
 * parser lives in the client module; {@link IetfRateLimitParser} reads the IETF fields.
 * Implementations are stateless and thread-safe, and answer empty for absent or unreadable headers.
 */
@FunctionalInterface
public interface RateSignalParser {

    Optional<RateSignal> parse(ResponseHeaders headers);

    /** A parser that never finds anything (pacing then relies on the configured rate and on 429s). */
    static RateSignalParser none() {
        return headers -> Optional.empty();
    }
}
