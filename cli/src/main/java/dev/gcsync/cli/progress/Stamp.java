package dev.gcsync.cli.progress;

import java.time.LocalTime;
import java.time.format.DateTimeFormatter;

/**
 * The time at the start of a progress line: {@code 13:18:00}, always with the seconds ({@code LocalTime}'s own
 * text drops them on the minute: {@code 13:18}), local time as a log reader expects.
 */
public final class Stamp {
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss");

    private Stamp() {}

    public static String of(LocalTime time) {
        return CLOCK.format(time);
    }

    public static String now() {
        return of(LocalTime.now());
    }
}
