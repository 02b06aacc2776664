package dev.gcsync.contract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.mypurecloud.sdk.v2.ApiResponse;
import java.io.IOException;

/**
 * What the client got for one request, as the SDK hands it over: status, {@code Retry-After}, the error body's
 * code and message, whether it carried a correlation id. The message is read with the adapter's own name and
 * hold setting replaced ({@code <gateway>}, {@code <hold>}): naming who answered is the one by-design
 * difference of a gateway's own answer. {@code status} -1: the SDK raised a fault instead of an answer.
 */
record Seen(int status, String retryAfter, String code, String message, boolean correlated) {
    private static final ObjectMapper JSON = new ObjectMapper();

    static Seen of(ApiResponse<?> r, Adapter adapter) {
        String code = null;
        String message = null;
        if (r.hasRawBody() && r.getStatusCode() >= 400) {
            try {
                JsonNode body = JSON.readTree(r.getRawBody());
                code = body.path("code").asText(null);
                message = body.path("message").asText(null);
            } catch (IOException e) {
                message = "not JSON: " + r.getRawBody();
            }
        }
        if (message != null) {
            message = message.replace(adapter.who() + ": ", "<gateway>: ").replace(adapter.holdSetting(), "<hold>");
        }
        return new Seen(r.getStatusCode(), r.getHeader("Retry-After"), code, message, r.getCorrelationId() != null);
    }

    static Seen raised(Exception e) {
        return new Seen(-1, null, null, e.getClass().getSimpleName(), false);
    }

    long retryAfterSeconds() {
        return Long.parseLong(retryAfter);
    }
}
