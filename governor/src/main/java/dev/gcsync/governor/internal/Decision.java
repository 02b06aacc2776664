package dev.gcsync.governor.internal;

import java.time.Instant;
import java.util.Optional;

/**
 * A scope's answer to "may I send now?": go (with a permit), wait this long and ask again, or stop
 * (the server asked for a wait beyond the ceiling; {@code retryAt} says until when).
 */
public record Decision(Kind kind, long waitNanos, Optional<Instant> retryAt, Permit permit) {
    public enum Kind {
        GO,
        WAIT,
        STOP
    }

    public static Decision go(Permit permit) {
        return new Decision(Kind.GO, 0, Optional.empty(), permit);
    }

    public static Decision waitFor(long nanos) {
        return new Decision(Kind.WAIT, Math.max(1, nanos), Optional.empty(), null);
    }

    public static Decision stop(Instant retryAt) {
        return new Decision(Kind.STOP, 0, Optional.of(retryAt), null);
    }
}
