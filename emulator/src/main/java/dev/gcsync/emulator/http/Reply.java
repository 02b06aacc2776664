package dev.gcsync.emulator.http;

import dev.gcsync.emulator.limits.Decision;
import java.util.Map;

/** An answer: status, a JSON-serializable body (null for none) and extra headers. */
public record Reply(int status, Object body, Map<String, String> headers) {

    public static Reply ok(Object body) {
        return new Reply(200, body, Map.of());
    }

    public static Reply noContent() {
        return new Reply(204, null, Map.of());
    }

    /**
     * A 429 for a refused decision: {@code Retry-After} (whole seconds until the refusing window resets, or
     * that instant as an HTTP-date) and Genesys' normalized body.
     */
    public static Reply tooManyRequests(
            Decision refused, String correlationId, long nowMillis, boolean retryAfterDate) {
        long seconds = refused.retryAfterSeconds();
        String retryAfter = retryAfterDate ? HttpDates.format(nowMillis + seconds * 1000) : Long.toString(seconds);
        return new Reply(429, ErrorBodies.tooManyRequests(seconds, correlationId), Map.of("Retry-After", retryAfter));
    }
}
