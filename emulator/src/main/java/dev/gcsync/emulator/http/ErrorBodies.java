package dev.gcsync.emulator.http;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The Genesys error body, and the normalized 429 body. */
public final class ErrorBodies {
    private ErrorBodies() {}

    public static Map<String, Object> of(ApiError e, String correlationId) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("message", e.getMessage());
        body.put("code", e.code());
        body.put("status", e.status());
        body.put("messageWithParams", e.getMessage());
        body.put("messageParams", Map.of());
        body.put("contextId", correlationId);
        body.put("details", e.details());
        body.put("errors", List.of());
        return body;
    }

    /** The body of every 429 since Genesys normalized them (Nov 2021). */
    public static Map<String, Object> tooManyRequests(long retryAfterSeconds, String correlationId) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put(
                "message", "Rate limit exceeded the maximum. Retry the request in [" + retryAfterSeconds + "] seconds");
        body.put("code", "too.many.requests.retry.after");
        body.put("status", 429);
        body.put("contextId", correlationId);
        body.put("details", List.of());
        body.put("errors", List.of());
        return body;
    }

    /** A 502, 503 or 504 as injected by the 5xx fault. */
    public static ApiError serverError(int status) {
        return switch (status) {
            case 502 -> new ApiError(502, "bad.gateway", "The server received an invalid response from upstream.");
            case 503 -> new ApiError(503, "service.unavailable", "The service is currently unavailable.");
            default -> new ApiError(504, "request.timeout", "The request timed out.");
        };
    }
}
