package dev.gcsync.emulator;

import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;

/**
 * An extra bucket for an endpoint family: requests whose method is in {@code methods} and whose path matches
 * {@code pathPrefix} also count against {@code limit} per window.
 * Genesys publishes no values for users/routing; {@link #userWrites(int)} reproduces the "chokes after ~50
 * updates" behaviour of profile {@code seed}.
 *
 * @param pathPrefix   a path prefix; a {@code *} stands for one whole path segment, so
 *                     {@code /api/v2/users/*}{@code /routing} matches {@code /api/v2/users/u1/routingskills/bulk};
 *                     several prefixes separated by {@code |} make one bucket of several families
 * @param advertised   false: a hidden bucket, the {@code inin-ratelimit-*} headers keep describing the token's
 *                     window (profile seed); true: answers of the family describe this bucket instead (Genesys
 *                     answers {@code inin-ratelimit-allowed} 180 on one route and 300 on another, per the README of
 *                     its JavaScript SDK)
 * @param scope        who shares the window (null = {@link BucketScope#TOKEN})
 * @param align        when windows open (null = {@link WindowAlign#FIRST})
 * @param window       the bucket's window length, whole seconds 1 s to 1 h; null = the policy's window
 * @param undocumented true: the org's limit namespaces do not list it (it can only be learned from 429s)
 * @param namespace    the limits namespace that lists it; null = derived from the path ({@link #namespace()})
 */
public record BucketRule(
        String name,
        Set<String> methods,
        String pathPrefix,
        int limit,
        @JsonSetter(nulls = Nulls.AS_EMPTY) boolean advertised,
        BucketScope scope,
        WindowAlign align,
        Duration window,
        @JsonSetter(nulls = Nulls.AS_EMPTY) boolean undocumented,
        String namespace) {

    public BucketRule {
        if (name == null || name.isBlank() || name.contains(":") || name.contains(",")) {
            throw new IllegalArgumentException("bucket name must be non-blank without ':' or ',', was " + name);
        }
        if (methods == null || methods.isEmpty()) {
            throw new IllegalArgumentException("bucket '" + name + "': methods must not be empty");
        }
        if (pathPrefix == null || Arrays.stream(pathPrefix.split("\\|", -1)).anyMatch(p -> !p.startsWith("/"))) {
            throw new IllegalArgumentException("bucket '" + name + "': pathPrefix must start with '/' (each of"
                    + " several separated by '|'), was " + pathPrefix);
        }
        if (limit < 1) {
            throw new IllegalArgumentException("bucket '" + name + "': limit must be >= 1, was " + limit);
        }
        if (window != null
                && (window.compareTo(Duration.ofSeconds(1)) < 0
                        || window.compareTo(Duration.ofHours(1)) > 0
                        || window.toMillis() % 1000 != 0)) {
            throw new IllegalArgumentException(
                    "bucket '" + name + "': window must be whole seconds between 1s" + " and 1h, was " + window);
        }
        methods =
                Set.copyOf(methods.stream().map(m -> m.toUpperCase(Locale.ROOT)).toList());
        scope = scope == null ? BucketScope.TOKEN : scope;
        align = align == null ? WindowAlign.FIRST : align;
        namespace = namespace == null || namespace.isBlank() ? namespaceOf(pathPrefix) : namespace;
    }

    /** A per-token bucket whose windows open at the first request, documented in the limit namespaces. */
    public BucketRule(String name, Set<String> methods, String pathPrefix, int limit, boolean advertised) {
        this(name, methods, pathPrefix, limit, advertised, null, null, null, false, null);
    }

    /** A hidden bucket (the headers do not describe it). */
    public BucketRule(String name, Set<String> methods, String pathPrefix, int limit) {
        this(name, methods, pathPrefix, limit, false);
    }

    /**
     * Parses {@code name:METHOD[,METHOD…]:/path/prefix:limit[:advertised][:key=value…]}, e.g.
     * {@code queue-reads:GET:/api/v2/routing/queues:180:advertised} or
     * {@code member-writes:POST:/api/v2/routing/queues/*}{@code /members:40:scope=org:align=clock:window=5s}.
     * Keys: {@code scope=token|client|org}, {@code align=first|clock}, {@code window=D} ({@code 5s}, {@code 1m}),
     * {@code doc=yes|no}, {@code ns=NAMESPACE}. See {@link BucketSpec}.
     */
    public static BucketRule parse(String spec) {
        return BucketSpec.parse(spec);
    }

    /**
     * Writes (POST, PUT, PATCH, DELETE) under {@code /api/v2/users/}, {@code limit} per window: the choke seen on
     * real orgs, which no limit namespace documents (so {@code undocumented}).
     */
    public static BucketRule userWrites(int limit) {
        return new BucketRule(
                "user-writes",
                Set.of("POST", "PUT", "PATCH", "DELETE"),
                "/api/v2/users/",
                limit,
                false,
                null,
                null,
                null,
                true,
                null);
    }

    /** True when a request with this method and path counts against this bucket. */
    public boolean matches(String method, String path) {
        if (!methods.contains(method)) {
            return false;
        }
        for (String prefix : pathPrefix.split("\\|")) {
            if (prefix.indexOf('*') < 0 ? path.startsWith(prefix) : segmentsMatch(prefix, path)) {
                return true;
            }
        }
        return false;
    }

    private static boolean segmentsMatch(String prefix, String path) {
        String[] want = prefix.split("/", -1);
        String[] have = path.split("/", -1);
        if (have.length < want.length) {
            return false;
        }
        for (int i = 0; i < want.length; i++) {
            boolean last = i == want.length - 1;
            boolean ok = want[i].equals("*")
                    ? !have[i].isEmpty()
                    : last ? have[i].startsWith(want[i]) : have[i].equals(want[i]);
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    /** This bucket's window: its own, or {@code policyWindow}. */
    public Duration windowOr(Duration policyWindow) {
        return window == null ? policyWindow : window;
    }

    /** A path this bucket matches ({@code *} segments filled in): what background traffic asks for. */
    public String samplePath() {
        return pathPrefix.split("\\|")[0].replace("*", "background");
    }

    /** This bucket with {@code undocumented} set. */
    public BucketRule withUndocumented(boolean value) {
        return new BucketRule(name, methods, pathPrefix, limit, advertised, scope, align, window, value, namespace);
    }

    /** {@code users} under /api/v2/users, {@code routing} under /api/v2/routing, else {@code platform.api}. */
    static String namespaceOf(String pathPrefix) {
        if (pathPrefix.startsWith("/api/v2/users")) {
            return "users";
        }
        return pathPrefix.startsWith("/api/v2/routing") ? "routing" : "platform.api";
    }
}
