package dev.gcsync.governor.internal;

import dev.gcsync.governor.TimeSource;
import java.time.Instant;
import java.util.concurrent.TimeUnit;

/** The one real implementation of {@link TimeSource}; stateless, so one shared instance. */
public final class SystemTimeSource implements TimeSource {
    public static final SystemTimeSource INSTANCE = new SystemTimeSource();

    private SystemTimeSource() {}

    @Override
    public long nanoTime() {
        return System.nanoTime();
    }

    @Override
    public Instant wallClock() {
        return Instant.now();
    }

    @Override
    public void await(long nanos) throws InterruptedException {
        if (nanos > 0) {
            TimeUnit.NANOSECONDS.sleep(nanos);
        }
    }
}
