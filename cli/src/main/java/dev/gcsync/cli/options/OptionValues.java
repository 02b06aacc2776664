package dev.gcsync.cli.options;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.Locale;
import picocli.CommandLine;
import picocli.CommandLine.TypeConversionException;

/**
 * The converters that refuse an option value outside its range with the reason, instead of accepting it and
 * meaning something else (a negative limit, a zero deadline, a URL without a scheme). Each rule is stated
 * once here; picocli prints the message as "Invalid value for option '--x': …" and exits 1.
 */
public final class OptionValues {
    private OptionValues() {}

    /** A duration above zero ({@code --deadline}, {@code --max-retry-after}): zero would stop before starting. */
    public static final class PositiveDuration implements CommandLine.ITypeConverter<Duration> {
        @Override
        public Duration convert(String value) {
            Duration d = Durations.parse(value);
            if (d.isZero() || d.isNegative()) {
                throw new TypeConversionException("'" + value + "' is no time at all: give a duration above zero,"
                        + " e.g. 30m or 5h (leave the option out for no limit)");
            }
            return d;
        }
    }

    /** A count of zero or more ({@code --max-removals}, {@code --max-changed-users}, {@code --show}). */
    public static final class Count implements CommandLine.ITypeConverter<Integer> {
        @Override
        public Integer convert(String value) {
            int n;
            try {
                n = Integer.parseInt(value.trim());
            } catch (NumberFormatException e) {
                throw new TypeConversionException("'" + value + "' is not a whole number: give 0 or more, e.g. 50");
            }
            if (n < 0) {
                throw new TypeConversionException(
                        "'" + value + "' is negative: give 0 or more (leave the option" + " out for its default)");
            }
            return n;
        }
    }

    /** Requests in flight: 1 to 64 (more than the governor ever uses; 0 would send nothing). */
    public static final class InFlight implements CommandLine.ITypeConverter<Integer> {
        static final int MAX = 64;

        @Override
        public Integer convert(String value) {
            int n = new Count().convert(value);
            if (n < 1 || n > MAX) {
                throw new TypeConversionException("'" + value + "' is out of range: give 1 to " + MAX);
            }
            return n;
        }
    }

    /** An http or https base URL with a host, e.g. {@code http://127.0.0.1:8080}. */
    public static final class HttpUrl implements CommandLine.ITypeConverter<URI> {
        @Override
        public URI convert(String value) {
            try {
                return parse(value);
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException(e.getMessage());
            }
        }

        /** The URL, or an {@link IllegalArgumentException} saying what is wrong and how to write it. */
        public static URI parse(String value) {
            String v = value.trim();
            if (!v.contains("://")) {
                throw new IllegalArgumentException("'" + value + "' needs a scheme, e.g. http://" + v);
            }
            URI uri;
            try {
                uri = new URI(v);
            } catch (URISyntaxException e) {
                throw new IllegalArgumentException("'" + value + "' is not a URL: "
                        + e.getReason().toLowerCase(Locale.ROOT) + " (write it as http://HOST:PORT)");
            }
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!scheme.equals("http") && !scheme.equals("https")) {
                throw new IllegalArgumentException("'" + value + "' must start with http:// or https://");
            }
            if (uri.getHost() == null || uri.getHost().isBlank()) {
                throw new IllegalArgumentException("'" + value + "' has no host: write it as " + scheme
                        + "://HOST[:PORT], e.g. " + scheme + "://127.0.0.1:8080");
            }
            return uri;
        }
    }
}
