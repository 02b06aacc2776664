package dev.gcsync.emulator;

import java.time.Duration;

/**
 * The emulator's only source of time: "now" for windows, token expiry and membership lag, and "wait" for
 * injected latency. {@link #system()} is the real clock; {@link ManualClock} is virtual time for tests.
 * Implementations must be thread-safe.
 */
public interface EmulatorClock {

    /** Milliseconds since the epoch. */
    long currentMillis();

    /** Parks the calling thread for {@code duration} (virtual clocks advance instead). */
    void sleep(Duration duration) throws InterruptedException;

    /** The wall clock and {@link Thread#sleep}. */
    static EmulatorClock system() {
        return SystemClock.INSTANCE;
    }
}
