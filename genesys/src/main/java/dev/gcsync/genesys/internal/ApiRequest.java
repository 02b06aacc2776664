package dev.gcsync.genesys.internal;

import java.util.Locale;

/**
 * One API call before it is sent: method, path with its query string, optional JSON body, whether it may
 * be replayed, and its endpoint family (the rate bucket it may belong to).
 */
public record ApiRequest(String method, String pathAndQuery, byte[] body, boolean idempotent) {

    /** {@code METHOD /path} without the query string, for messages. */
    public String describe() {
        int q = pathAndQuery.indexOf('?');
        return method + " " + (q < 0 ? pathAndQuery : pathAndQuery.substring(0, q));
    }

    /**
     * The endpoint family: the first path segment after {@code /api/v2/} plus read or write, e.g.
     * {@code users:write} (Genesys' per-resource limits follow resources and methods).
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
        boolean read = "GET".equals(method.toUpperCase(Locale.ROOT));
        return p.substring(0, end) + (read ? ":read" : ":write");
    }
}
