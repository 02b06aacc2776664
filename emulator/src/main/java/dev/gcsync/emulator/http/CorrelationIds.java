package dev.gcsync.emulator.http;

import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

/** Correlation ids: UUID-shaped, unique per emulator, derived from the seed and a counter. Thread-safe. */
public final class CorrelationIds {
    private final long high;
    private final AtomicLong counter = new AtomicLong();

    public CorrelationIds(long seed) {
        this.high = (seed * 0x9E3779B97F4A7C15L & ~0xF000L) | 0x4000L;
    }

    public String next() {
        return new UUID(high, 0x8000_0000_0000_0000L | counter.incrementAndGet()).toString();
    }
}
