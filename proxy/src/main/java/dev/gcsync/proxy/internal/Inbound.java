package dev.gcsync.proxy.internal;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A client's request as the proxy keeps it until it is answered: the body is held in memory so that the
 * request can be sent again after a 429.
 *
 * @param method      HTTP method, upper case
 * @param pathAndQuery raw (still encoded) path and query, e.g. {@code /api/v2/users?pageSize=500}
 * @param headers     the client's headers that go on to the server, in order
 * @param body        the body, empty when none
 * @param lane        the token's hash ({@link TokenHash})
 * @param arrivedAt   when it arrived, on the proxy's {@code TimeSource}
 */
public record Inbound(String method, String pathAndQuery, List<Map.Entry<String, String>> headers, byte[] body,
                      String lane, long arrivedAt) {

    /** GET, HEAD, PUT, DELETE, OPTIONS (RFC 9110 §9.2.2): sending twice has the effect of sending once. */
    public boolean idempotent() {
        return switch (method) {
            case "GET", "HEAD", "PUT", "DELETE", "OPTIONS" -> true;
            default -> false;
        };
    }

    /**
     * The endpoint family, the same rule as the gcsync client: the first path segment after
     * {@code /api/v2/} plus read or write, e.g. {@code users:write}.
     */
    public String family() {
        String p = pathAndQuery.startsWith("/api/v2/") ? pathAndQuery.substring(8) : pathAndQuery;
        int end = p.length();
        for (char c : new char[] {'/', '?'}) {
            int i = p.indexOf(c);
            if (i >= 0) {
                end = Math.min(end, i);
            }
        }
        boolean read = "GET".equals(method.toUpperCase(Locale.ROOT)) || "HEAD".equals(method);
        return p.substring(0, end) + (read ? ":read" : ":write");
    }

    /** {@code METHOD /path} without the query string (which may hold names or e-mail addresses). */
    public String describe() {
        int q = pathAndQuery.indexOf('?');
        return method + " " + (q < 0 ? pathAndQuery : pathAndQuery.substring(0, q));
    }
}
