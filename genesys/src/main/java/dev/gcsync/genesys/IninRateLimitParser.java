package dev.gcsync.genesys;

import dev.gcsync.governor.RateSignal;
import dev.gcsync.governor.RateSignalParser;
import dev.gcsync.governor.ResponseHeaders;
import java.time.Duration;
import java.util.Optional;

/**
 * Reads Genesys' {@code inin-ratelimit-allowed} (limit), {@code inin-ratelimit-count} (used in the window)
 * and {@code inin-ratelimit-reset} (whole seconds until the window resets). Stateless.
 */
public final class IninRateLimitParser implements RateSignalParser {

    @Override
    public Optional<RateSignal> parse(ResponseHeaders headers) {
        Optional<Long> allowed = number(headers, "inin-ratelimit-allowed");
        Optional<Long> count = number(headers, "inin-ratelimit-count");
        Optional<Long> reset = number(headers, "inin-ratelimit-reset");
        if (allowed.isEmpty() || count.isEmpty() || reset.isEmpty() || allowed.get() <= 0) {
            return Optional.empty();
        }
        return Optional.of(new RateSignal(allowed.get(), allowed.get() - count.get(), Duration.ofSeconds(reset.get())));
    }

    private static Optional<Long> number(ResponseHeaders headers, String name) {
        return headers.first(name).flatMap(v -> {
            try {
                long n = Long.parseLong(v.trim());
                return n < 0 ? Optional.empty() : Optional.of(n);
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        });
    }
}
