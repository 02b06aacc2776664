package dev.gcsync.governor;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * Reads a {@code Retry-After} value (RFC 9110 §10.2.3): delta-seconds or an HTTP-date.
 * An HTTP-date names a whole second, and the instant the server meant lies somewhere in it, so the wait
 * runs to the end of that second: otherwise a server that truncates (as HTTP-dates do) gets the retry up
 * to a second early, is refused again, and the scope's rate collapses. A date whose second has passed
 * means "now" (zero); anything unreadable is empty, so the caller falls back to its own backoff.
 */
public final class RetryAfter {
    private RetryAfter() {}

    /** The wait {@code value} asks for, measured from {@code now}; empty when unreadable. */
    public static Optional<Duration> parse(String value, Instant now) {
        if (value == null) {
            return Optional.empty();
        }
        String v = value.trim();
        if (!v.isEmpty() && v.chars().allMatch(Character::isDigit)) {
            try {
                return Optional.of(Duration.ofSeconds(Long.parseLong(v)));
            } catch (NumberFormatException e) {
                return Optional.empty(); // too many digits for a long
            }
        }
        try {
            Instant at =
                    ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
            Instant endOfSecond = at.plusSeconds(1);
            return Optional.of(endOfSecond.isAfter(now) ? Duration.between(now, endOfSecond) : Duration.ZERO);
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
