package dev.gcsync.sdk.internal;

import com.mypurecloud.sdk.v2.connector.ApiClientConnectorRequest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** A request whose body was read once, so that it can be sent again after a 429. Immutable. */
record BufferedRequest(String method, String url, Map<String, String> headers, String body)
        implements ApiClientConnectorRequest {

    static BufferedRequest of(ApiClientConnectorRequest r) throws IOException {
        return new BufferedRequest(
                r.getMethod(),
                r.getUrl(),
                Collections.unmodifiableMap(new LinkedHashMap<>(r.getHeaders())),
                r.hasBody() ? r.readBody() : null);
    }

    /** Method and URL only: the headers hold the bearer token, never printed. */
    @Override
    public String toString() {
        return "BufferedRequest[" + method + " " + url.split("\\?", 2)[0] + "]";
    }

    @Override
    public String getMethod() {
        return method;
    }

    @Override
    public String getUrl() {
        return url;
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
}
