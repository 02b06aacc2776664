package dev.gcsync.governor;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * A limit the server documents (Genesys: {@code /api/v2/organizations/limits/namespaces/{name}}): paced from the
 * first request instead of being found by a 429.
 *
 * @param family the endpoint family it applies to; empty for every request (the per-token limit)
 * @param kind   where the server counts it
 * @param limit  requests per window
 * @param window the window length
 * @param source where it was read, for the operator (e.g. {@code routing: assignment.org.rate.per.minute})
 */
public record DocumentedLimit(Optional<String> family, ScopeKind kind, int limit, Duration window, String source) {
    public DocumentedLimit {
        Objects.requireNonNull(family, "family");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(source, "source");
        if (limit < 1) {
            throw new IllegalArgumentException("documented limit " + source + " must be >= 1, was " + limit);
        }
        if (window == null || window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("documented window of " + source + " must be > 0, was " + window);
        }
    }

    public double ratePerSecond() {
        return limit * 1e9 / window.toNanos();
    }
}
