package dev.gcsync.proxy.internal;

import dev.gcsync.genesys.EndpointFamily;
import java.util.List;
import java.util.Map;

/**
 * A client's request as the proxy keeps it until it is answered: the body is held in memory so that the
 * request can be sent again after a 429.
 *
 * @param method      HTTP method, upper case
 * @param pathAndQuery raw (still encoded) path and query, e.g. {@code /api/v2/users?pageSize=500}
 * @param headers     the client's headers that go on to the server, in order
 * @param body        the body, empty when none
 * @param lane        the token's hash ({@link dev.gcsync.genesys.gateway.TokenName})
 * @param arrivedAt   when it arrived, on the proxy's {@code TimeSource}
 */
public record Inbound(
        String method,
        String pathAndQuery,
        List<Map.Entry<String, String>> headers,
        byte[] body,
        String lane,
        long arrivedAt) {

    /** GET, HEAD, PUT, DELETE, OPTIONS (RFC 9110 §9.2.2): sending twice has the effect of sending once. */
    public boolean idempotent() {
        return EndpointFamily.idempotentMethod(method);
    }

    /** Method and path only: the headers hold the bearer token (or client credentials), never printed. */
    @Override
    public String toString() {
        return "Inbound[" + method + " " + pathAndQuery.split("\\?", 2)[0] + ", lane " + lane + "]";
    }

    /** The endpoint family ({@link EndpointFamily}), e.g. {@code users:write}. */
    public String family() {
        return EndpointFamily.of(method, pathAndQuery);
    }

    /** {@code METHOD /path} without the query string (which may hold names or e-mail addresses). */
    public String describe() {
        int q = pathAndQuery.indexOf('?');
        return method + " " + (q < 0 ? pathAndQuery : pathAndQuery.substring(0, q));
    }
}
