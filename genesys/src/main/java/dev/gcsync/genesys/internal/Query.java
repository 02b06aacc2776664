package dev.gcsync.genesys.internal;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.StringJoiner;

/** Builds {@code path?k=v&…} with encoded values; null or empty values are left out. */
public final class Query {
    private final String path;
    private final StringJoiner params = new StringJoiner("&");

    private Query(String path) {
        this.path = path;
    }

    /** {@code template} with each {@code {}} replaced, in order, by an encoded path segment. */
    public static Query path(String template, String... segments) {
        StringBuilder sb = new StringBuilder();
        int from = 0;
        for (String segment : segments) {
            int at = template.indexOf("{}", from);
            if (segment == null || segment.isBlank()) {
                throw new IllegalArgumentException("empty id in " + template);
            }
            sb.append(template, from, at)
                    .append(URLEncoder.encode(segment, StandardCharsets.UTF_8).replace("+", "%20"));
            from = at + 2;
        }
        return new Query(sb.append(template.substring(from)).toString());
    }

    public Query param(String key, Object value) {
        if (value != null && !value.toString().isEmpty()) {
            params.add(key + "=" + URLEncoder.encode(value.toString(), StandardCharsets.UTF_8));
        }
        return this;
    }

    public Query param(String key, Collection<String> values) {
        return values == null || values.isEmpty() ? this : param(key, String.join(",", values));
    }

    @Override
    public String toString() {
        return params.length() == 0 ? path : path + "?" + params;
    }
}
