package dev.gcsync.proxy.internal;

import dev.gcsync.proxy.ProxyKey;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Which headers cross the proxy, and in what case. Hop-by-hop headers (RFC 9110 §7.6.1) stay on their hop;
 * the proxy key stays with the proxy. Names the Genesys SDKs look up case-sensitively are written in the
 * case Genesys sends (the Java SDK reads {@code Retry-After} from a case-sensitive map; HTTP/2 upstreams
 * deliver lowercase names). Pure.
 */
public final class HeaderRules {
    private static final Set<String> HOP_BY_HOP = Set.of(
            "connection",
            "keep-alive",
            "proxy-connection",
            "proxy-authenticate",
            "proxy-authorization",
            "te",
            "trailer",
            "transfer-encoding",
            "upgrade");
    /** The JDK client refuses to set these itself (it computes them). */
    private static final Set<String> COMPUTED = Set.of("host", "content-length", "expect");

    private static final Map<String, String> CANONICAL = Map.ofEntries(
            Map.entry("retry-after", "Retry-After"),
            Map.entry("inin-correlation-id", "ININ-Correlation-Id"),
            Map.entry("inin-ratelimit-count", "inin-ratelimit-count"),
            Map.entry("inin-ratelimit-allowed", "inin-ratelimit-allowed"),
            Map.entry("inin-ratelimit-reset", "inin-ratelimit-reset"),
            Map.entry("content-type", "Content-Type"),
            Map.entry("content-length", "Content-Length"),
            Map.entry("content-encoding", "Content-Encoding"),
            Map.entry("location", "Location"),
            Map.entry("date", "Date"),
            Map.entry("cache-control", "Cache-Control"),
            Map.entry("etag", "ETag"),
            Map.entry("vary", "Vary"));

    private HeaderRules() {}

    /** True when a client's request header goes on to the server. */
    public static boolean forwardsRequest(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        return !HOP_BY_HOP.contains(n)
                && !COMPUTED.contains(n)
                && !n.equals(ProxyKey.HEADER.toLowerCase(Locale.ROOT))
                && !n.startsWith(":");
    }

    /** True when a server's response header goes back to the client. */
    public static boolean forwardsResponse(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        return !HOP_BY_HOP.contains(n) && !n.startsWith(":");
    }

    /** {@code name} in the case Genesys sends it, or as given when it is not one the SDKs look up. */
    public static String canonical(String name) {
        return CANONICAL.getOrDefault(name.toLowerCase(Locale.ROOT), name);
    }
}
