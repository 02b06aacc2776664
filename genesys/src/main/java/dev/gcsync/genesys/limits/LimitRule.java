package dev.gcsync.genesys.limits;

import dev.gcsync.governor.DocumentedLimit;
import dev.gcsync.governor.ScopeKind;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * A documented rate limit and the requests it counts: {@code methods} (or {@code *}) on paths that start with
 * one of {@code prefixes} ({@code *} standing for one path segment; the last segment a prefix of the path's).
 * Its requests form one endpoint family of their own, {@code limit:<name>}, paced under it from the first
 * request.
 */
public record LimitRule(
        String name,
        String key,
        String namespace,
        ScopeKind kind,
        int limit,
        Duration window,
        Set<String> methods,
        List<String> prefixes) {
    public LimitRule {
        methods =
                Set.copyOf(methods.stream().map(m -> m.toUpperCase(Locale.ROOT)).toList());
        prefixes = List.copyOf(prefixes);
    }

    /** The endpoint family of the requests it counts. */
    public String family() {
        return "limit:" + name;
    }

    public DocumentedLimit documented() {
        return new DocumentedLimit(Optional.of(family()), kind, limit, window, namespace + ": " + key);
    }

    /** True when a request of {@code method} on {@code path} (query string allowed) counts against it. */
    public boolean matches(String method, String pathAndQuery) {
        if (!methods.contains("*") && !methods.contains(method.toUpperCase(Locale.ROOT))) {
            return false;
        }
        int q = pathAndQuery.indexOf('?');
        String path = q < 0 ? pathAndQuery : pathAndQuery.substring(0, q);
        return prefixes.stream().anyMatch(p -> p.indexOf('*') < 0 ? path.startsWith(p) : segmentsMatch(p, path));
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
}
