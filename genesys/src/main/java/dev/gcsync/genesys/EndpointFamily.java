package dev.gcsync.genesys;

import java.util.Locale;
import java.util.Set;

/**
 * The endpoint family of a Genesys request: the first path segment after {@code /api/v2/} plus read or
 * write, e.g. {@code users:write}. Genesys' per-resource limits follow resources and methods, so the rate
 * governor keeps a hidden bucket per family. One rule for gcsync's client, the proxy and the SDK connector,
 * so that a bucket learned by one is the same family for the others.
 */
public final class EndpointFamily {
    /**
     * The families whose buckets Genesys may count for the whole org: its 2026 per-organisation limits on
     * "queue, agent, queue member, conversation, and related admin/operational endpoints" (community.genesys.com,
     * "Rate limiting on assignment service public APIs"; paths and values unpublished): users' routing writes
     * and queue and queue-member writes. When a bucket no header describes refuses one of them, the client asks
     * the server whose it is (the request once more through another token: docs/governor.md). The one place to
     * change when Genesys says more.
     */
    public static final Set<String> MAY_BE_ORG_SCOPED = Set.of("users:write", "routing:write");

    private EndpointFamily() {}

    /** True for a family of {@link #MAY_BE_ORG_SCOPED}. */
    public static boolean mayBeOrgScoped(String family) {
        return MAY_BE_ORG_SCOPED.contains(family);
    }

    /** {@code method} in any case; {@code pathAndQuery} with or without a query string. */
    public static String of(String method, String pathAndQuery) {
        String p = pathAndQuery.startsWith("/api/v2/") ? pathAndQuery.substring(8) : pathAndQuery;
        int end = p.length();
        for (char c : new char[] {'/', '?'}) {
            int i = p.indexOf(c);
            if (i >= 0) {
                end = Math.min(end, i);
            }
        }
        String m = method.toUpperCase(Locale.ROOT);
        boolean read = m.equals("GET") || m.equals("HEAD");
        return p.substring(0, end) + (read ? ":read" : ":write");
    }

    /** GET, HEAD, PUT, DELETE, OPTIONS (RFC 9110 §9.2.2): sending twice has the effect of sending once. */
    public static boolean idempotentMethod(String method) {
        return switch (method.toUpperCase(Locale.ROOT)) {
            case "GET", "HEAD", "PUT", "DELETE", "OPTIONS" -> true;
            default -> false;
        };
    }
}
