package dev.gcsync.sync.journal;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/** How gcsync prints an instant to people: to the second, always with the seconds, in UTC. */
public final class Instants {
    private static final DateTimeFormatter UTC =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'").withZone(ZoneOffset.UTC);

    private Instants() {}

    /** {@code 2026-12-04 13:20:00 UTC} (never {@code 13:20}, never nanoseconds). */
    public static String seconds(Instant t) {
        return UTC.format(t.truncatedTo(ChronoUnit.SECONDS));
    }
}
