package dev.gcsync.governor;

import dev.gcsync.governor.internal.SystemTimeSource;
import java.time.Instant;

/**
 * The time port: the only way governor code reads the time or waits.
 *
 * <p>{@link #system()} is the one real implementation; {@link VirtualTime} is the test one, whose clock
 * advances when it is waited on. Implementations are thread-safe.
 */
public interface TimeSource {

    /** Monotonic nanoseconds; only differences are meaningful. */
    long nanoTime();

    /** Wall-clock time, used only to read HTTP-dates (Retry-After) and to report stop times. */
    Instant wallClock();

    /** Waits for {@code nanos} (a value ≤ 0 returns at once). */
    void await(long nanos) throws InterruptedException;

    /** The real clock: {@code System.nanoTime}, {@code Instant.now} and {@code Thread.sleep}. */
    static TimeSource system() {
        return SystemTimeSource.INSTANCE;
    }
}
