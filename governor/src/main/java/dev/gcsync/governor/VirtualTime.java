package dev.gcsync.governor;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Virtual time for tests and simulations: waiting advances the clock by the waited amount at once.
 *
 * <p>Thread-safe (one atomic counter), but meant for one driving thread: two threads waiting
 * concurrently would each advance the shared clock.
 */
public final class VirtualTime implements TimeSource {
    private final Instant epoch;
    private final AtomicLong nanos = new AtomicLong();

    /** Starts at {@code epoch} on the wall clock and 0 on the monotonic clock. */
    public VirtualTime(Instant epoch) {
        this.epoch = epoch;
    }

    /** Starts at 2026-01-01T00:00:00Z. */
    public VirtualTime() {
        this(Instant.parse("2026-01-01T00:00:00Z"));
    }

    @Override
    public long nanoTime() {
        return nanos.get();
    }

    @Override
    public Instant wallClock() {
        return epoch.plusNanos(nanos.get());
    }

    @Override
    public void await(long waitNanos) {
        if (waitNanos > 0) {
            nanos.addAndGet(waitNanos);
        }
    }

    /** Moves the clock forward without anyone waiting (a server's latency, say). */
    public void advance(Duration d) {
        await(d.toNanos());
    }
}
