package dev.gcsync.emulator;

import java.time.Duration;
import java.util.Locale;
import java.util.Set;

/**
 * The text form of a {@link BucketRule}: {@code name:METHODS:/path/prefix:limit[:advertised][:key=value…]}.
 * The first four parts (and {@code advertised}) are the form used so far; the {@code key=value} parts are
 * optional and in any order: {@code scope=token|client|org}, {@code align=first|clock}, {@code window=5s},
 * {@code doc=yes|no}, {@code ns=NAMESPACE}. Stateless.
 */
final class BucketSpec {
    static final String FORM = "name:METHODS:/path/prefix:limit[:advertised][:scope=token|client|org]"
            + "[:align=first|clock][:window=5s][:doc=yes|no][:ns=NAMESPACE]";

    private BucketSpec() {}

    static BucketRule parse(String spec) {
        String[] parts = spec.split(":");
        if (parts.length < 4) {
            throw bad(spec, "expected " + FORM + ", e.g. queue-reads:GET:/api/v2/routing/queues:180:advertised");
        }
        int limit;
        try {
            limit = Integer.parseInt(parts[3]);
        } catch (NumberFormatException e) {
            throw bad(spec, "limit '" + parts[3] + "' is not a number");
        }
        boolean advertised = false;
        BucketScope scope = null;
        WindowAlign align = null;
        Duration window = null;
        boolean undocumented = false;
        String namespace = null;
        for (int i = 4; i < parts.length; i++) {
            String part = parts[i];
            if (part.equals("advertised")) {
                advertised = true;
                continue;
            }
            int eq = part.indexOf('=');
            if (eq < 1) {
                throw bad(spec, "part '" + part + "' is neither 'advertised' nor key=value; expected " + FORM);
            }
            String key = part.substring(0, eq);
            String value = part.substring(eq + 1).toLowerCase(Locale.ROOT);
            switch (key) {
                case "scope" -> scope = choice(spec, key, value, BucketScope.class);
                case "align" -> align = choice(spec, key, value, WindowAlign.class);
                case "window" -> window = duration(spec, value);
                case "doc" ->
                    undocumented = switch (value) {
                        case "yes" -> false;
                        case "no" -> true;
                        default -> throw bad(spec, "doc must be yes or no, was '" + value + "'");
                    };
                case "ns" -> namespace = value;
                default -> throw bad(spec, "unknown key '" + key + "'; use scope, align, window, doc or ns");
            }
        }
        return new BucketRule(
                parts[0],
                Set.of(parts[1].split(",")),
                parts[2],
                limit,
                advertised,
                scope,
                align,
                window,
                undocumented,
                namespace);
    }

    private static <E extends Enum<E>> E choice(String spec, String key, String value, Class<E> type) {
        try {
            return Enum.valueOf(type, value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            StringBuilder allowed = new StringBuilder();
            for (E c : type.getEnumConstants()) {
                allowed.append(allowed.length() == 0 ? "" : "|").append(c.name().toLowerCase(Locale.ROOT));
            }
            throw bad(spec, key + " must be " + allowed + ", was '" + value + "'");
        }
    }

    private static Duration duration(String spec, String value) {
        try {
            return SpecDurations.parse(value);
        } catch (IllegalArgumentException e) {
            throw bad(spec, e.getMessage());
        }
    }

    private static IllegalArgumentException bad(String spec, String why) {
        return new IllegalArgumentException("bucket '" + spec + "': " + why);
    }
}
