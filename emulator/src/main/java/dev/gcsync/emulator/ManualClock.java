package dev.gcsync.emulator;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Virtual time for tests: time moves only through {@link #advance} or {@link #sleep} (which advances by the
 * slept duration and records it). Thread-safe: one atomic counter.
 */
public final class ManualClock implements EmulatorClock {
    private final AtomicLong millis;
    private final AtomicLong slept = new AtomicLong();

    public ManualClock(Instant start) {
        this.millis = new AtomicLong(start.toEpochMilli());
    }

    @Override
    public long currentMillis() {
        return millis.get();
    }

    @Override
    public void sleep(Duration duration) {
        slept.addAndGet(duration.toMillis());
        millis.addAndGet(duration.toMillis());
    }

    /** Moves time forward. */
    public void advance(Duration duration) {
        millis.addAndGet(duration.toMillis());
    }

    /** Total virtual time spent in {@link #sleep} (injected latency), in milliseconds. */
    public long sleptMillis() {
        return slept.get();
    }
}
