package dev.gcsync.genesys.internal;

import dev.gcsync.genesys.EndpointFamily;

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
        return EndpointFamily.of(method, pathAndQuery);
    }
}
