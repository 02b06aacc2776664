package dev.gcsync.genesys.gateway;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A gateway's own answer in Genesys' error shape, so that an SDK parses it like any other error of the API.
 * Pure.
 */
public final class GenesysErrorBody {
    private GenesysErrorBody() {}

    /** The JSON body of {@code refused}, under the correlation id {@code contextId}. */
    public static String of(GatewayAnswer.Refused<?> refused, String contextId) {
        return "{\"message\":\"" + escape(refused.message()) + "\",\"code\":\"" + refused.code() + "\",\"status\":"
                + refused.status() + ",\"messageParams\":{},\"contextId\":\"" + contextId
                + "\",\"details\":[],\"errors\":[]}";
    }

    /**
     * The headers that go with {@code refused}'s body, named in Genesys' case (the Java SDK reads them from a
     * case-sensitive map): {@code Content-Type}, {@code ININ-Correlation-Id} ({@code contextId}) and, when it
     * names one, {@code Retry-After} in whole seconds.
     */
    public static Map<String, String> headers(GatewayAnswer.Refused<?> refused, String contextId) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Content-Type", "application/json");
        headers.put("ININ-Correlation-Id", contextId);
        if (refused.retryAfterSeconds() > 0) {
            headers.put("Retry-After", Long.toString(refused.retryAfterSeconds()));
        }
        return Collections.unmodifiableMap(headers);
    }

    private static String escape(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                default -> b.append(c < 0x20 ? ' ' : c);
            }
        }
        return b.toString();
    }
}
