package dev.gcsync.contract;

import dev.gcsync.emulator.EmulatorClock;
import dev.gcsync.governor.TimeSource;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One virtual clock for the gateway's governors and the emulator behind them: a governor that waits out a
 * {@code Retry-After} moves the emulator's windows by as much, at once, so a scenario of minutes runs in
 * milliseconds and never sleeps. Meant for one request in flight at a time (two concurrent waits would each
 * advance it). Thread-safe: one atomic counter.
 */
final class SharedClock implements TimeSource, EmulatorClock {
    private static final Instant EPOCH = Instant.parse("2026-11-27T10:00:00Z");
    private final AtomicLong nanos = new AtomicLong();

    @Override
    public long nanoTime() {
        return nanos.get();
    }

    @Override
    public Instant wallClock() {
        return EPOCH.plusNanos(nanos.get());
    }

    @Override
    public void await(long waitNanos) {
        if (waitNanos > 0) {
            nanos.addAndGet(waitNanos);
        }
    }

    @Override
    public long currentMillis() {
        return wallClock().toEpochMilli();
    }

    @Override
    public void sleep(Duration duration) {
        await(duration.toNanos());
    }

    /** Time passing with nobody waiting (a token left idle). */
    void advance(Duration duration) {
        await(duration.toNanos());
    }

    /** Virtual time since the clock started. */
    Duration elapsed() {
        return Duration.ofNanos(nanos.get());
    }
}
