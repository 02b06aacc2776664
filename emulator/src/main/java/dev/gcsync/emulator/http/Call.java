package dev.gcsync.emulator.http;

import dev.gcsync.emulator.OAuthClient;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One request as endpoints see it.
 *
 * @param authorization the Authorization header (for the OAuth endpoint), or null
 * @param tokenLabel    the authenticated token's label (API routes), or null
 * @param client        the OAuth client the token was issued to (API routes), or null
 */
public record Call(
        String method,
        String path,
        Map<String, String> pathParams,
        Map<String, List<String>> query,
        byte[] body,
        String authorization,
        String tokenLabel,
        String correlationId,
        long nowMillis,
        OAuthClient client) {

    public String pathParam(String name) {
        return pathParams.get(name);
    }

    /** The first value of a query parameter, or null. */
    public String query(String name) {
        List<String> values = query.get(name);
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    /** Every value of a repeated or comma-separated query parameter. */
    public List<String> queryList(String name) {
        List<String> out = new ArrayList<>();
        for (String v : query.getOrDefault(name, List.of())) {
            for (String part : v.split(",")) {
                if (!part.isBlank()) {
                    out.add(part.trim());
                }
            }
        }
        return out;
    }

    /** An integer query parameter in [min, max], or {@code fallback} when absent; 400 otherwise. */
    public int intQuery(String name, int fallback, int min, int max) {
        String raw = query(name);
        if (raw == null || raw.isEmpty()) {
            return fallback;
        }
        try {
            int value = Integer.parseInt(raw);
            if (value < min || value > max) {
                throw ApiError.invalidValue(
                        name, "Value [" + value + "] for " + name + " must be between " + min + " and " + max + ".");
            }
            return value;
        } catch (NumberFormatException e) {
            throw ApiError.invalidValue(name, "Value [" + raw + "] for " + name + " is not an integer.");
        }
    }

    public boolean boolQuery(String name, boolean fallback) {
        String raw = query(name);
        if (raw == null) {
            return fallback;
        }
        if (!raw.equalsIgnoreCase("true") && !raw.equalsIgnoreCase("false")) {
            throw ApiError.invalidValue(name, "Value [" + raw + "] for " + name + " must be true or false.");
        }
        return Boolean.parseBoolean(raw);
    }
}
