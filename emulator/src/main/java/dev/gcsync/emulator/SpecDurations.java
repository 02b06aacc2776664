package dev.gcsync.emulator;

import java.time.Duration;

/** Durations in option specs: {@code 250ms}, {@code 5s}, {@code 2m}, {@code 1h}, or a bare number of seconds. */
public final class SpecDurations {
    private SpecDurations() {}

    /** Parses one duration; throws IllegalArgumentException naming the accepted forms. */
    public static Duration parse(String value) {
        String v = value == null ? "" : value.trim();
        try {
            if (v.endsWith("ms")) {
                return Duration.ofMillis(Long.parseLong(v.substring(0, v.length() - 2)));
            }
            char unit = v.charAt(v.length() - 1);
            if (Character.isDigit(unit)) {
                return Duration.ofSeconds(Long.parseLong(v));
            }
            long n = Long.parseLong(v.substring(0, v.length() - 1));
            return switch (unit) {
                case 's' -> Duration.ofSeconds(n);
                case 'm' -> Duration.ofMinutes(n);
                case 'h' -> Duration.ofHours(n);
                default -> throw new NumberFormatException(v);
            };
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("'" + value + "' is not a duration (e.g. 500ms, 5s, 1m, 1h)");
        }
    }

    /** {@code 5s}, {@code 1m} (whole minutes), {@code 250ms}: the short form used in limit keys and banners. */
    public static String format(Duration d) {
        long ms = d.toMillis();
        if (ms % 1000 != 0) {
            return ms + "ms";
        }
        long s = ms / 1000;
        return s % 60 == 0 && s > 0 ? (s / 60) + "m" : s + "s";
    }
}
