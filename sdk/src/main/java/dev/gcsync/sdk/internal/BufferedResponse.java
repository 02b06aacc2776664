package dev.gcsync.sdk.internal;

import com.mypurecloud.sdk.v2.connector.ApiClientConnectorResponse;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An answer read whole (429 and 5xx, which the governor may answer by sending again, so their connection is
 * freed at once), or one the connector makes itself (a 429 past the hold). Immutable.
 */
record BufferedResponse(int status, String reason, Map<String, String> headers, String body)
        implements ApiClientConnectorResponse {

    static BufferedResponse read(ApiClientConnectorResponse r) throws IOException {
        try {
            return new BufferedResponse(
                    r.getStatusCode(),
                    r.getStatusReasonPhrase(),
                    Collections.unmodifiableMap(new LinkedHashMap<>(r.getHeaders())),
                    r.hasBody() ? r.readBody() : null);
        } finally {
            try {
                r.close();
            } catch (Exception e) {
                // freeing the connection failed: it is gone already
            }
        }
    }

    @Override
    public int getStatusCode() {
        return status;
    }

    @Override
    public String getStatusReasonPhrase() {
        return reason;
    }

    @Override
    public Map<String, String> getHeaders() {
        return headers;
    }

    @Override
    public boolean hasBody() {
        return body != null;
    }

    @Override
    public String readBody() {
        return body;
    }

    @Override
    public InputStream getBody() {
        return new ByteArrayInputStream(body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public void close() {}
}
