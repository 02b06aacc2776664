package dev.gcsync.cli.options;

import java.time.Duration;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine;

/**
 * Reads durations as people write them on a command line: {@code 250ms}, {@code 90s}, {@code 1.5s},
 * {@code 5m}, {@code 2h}, {@code 1d}; a bare number is seconds.
 */
public final class Durations implements CommandLine.ITypeConverter<Duration> {
    private static final Pattern FORM = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*(ms|s|m|h|d)?");

    @Override
    public Duration convert(String value) {
        return parse(value);
    }

    public static Duration parse(String value) {
        Matcher m = FORM.matcher(value.trim().toLowerCase(Locale.ROOT));
        if (!m.matches()) {
            throw new CommandLine.TypeConversionException(
                    "'" + value
                            + "' is not a duration: write a number and a unit, e.g. 250ms, 90s, 5m, 2h (a bare number is seconds)");
        }
        double amount = Double.parseDouble(m.group(1));
        String unit = m.group(2) == null ? "s" : m.group(2);
        long millis =
                switch (unit) {
                    case "ms" -> (long) amount;
                    case "s" -> (long) (amount * 1000);
                    case "m" -> (long) (amount * 60_000);
                    case "h" -> (long) (amount * 3_600_000);
                    default -> (long) (amount * 86_400_000);
                };
        return Duration.ofMillis(millis);
    }

    /** The short form for banners: "60s", "250ms", "24h". */
    public static String format(Duration d) {
        long ms = d.toMillis();
        if (ms % 3_600_000 == 0 && ms > 0) {
            return ms / 3_600_000 + "h";
        }
        if (ms % 1000 == 0) {
            return ms / 1000 + "s";
        }
        return ms + "ms";
    }
}
