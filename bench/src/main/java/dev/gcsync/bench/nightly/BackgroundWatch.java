package dev.gcsync.bench.nightly;

import dev.gcsync.emulator.admin.Admin;
import dev.gcsync.emulator.background.BackgroundSpec;
import dev.gcsync.governor.TimeSource;
import java.util.List;

/**
 * Starts an org scenario's background traffic at the contender's first request (its JVM's start is no part of
 * the night), so that "a third of the way" falls a third into the contender's run. {@link #startNanos()} is 0
 * until it started.
 */
final class BackgroundWatch implements AutoCloseable {
    private static final long POLL_NANOS = 2_000_000L;
    private final Watch watch;
    private volatile long startNanos;

    BackgroundWatch(Admin admin, BackgroundSpec spec, TimeSource time) {
        long before = admin.counters().requests();
        watch = new Watch(
                "background-start", time, POLL_NANOS, () -> admin.counters().requests() > before, () -> {
                    admin.setBackground(List.of(spec));
                    startNanos = time.nanoTime();
                });
    }

    /** {@link TimeSource#nanoTime()} when the background started, 0 when the contender sent nothing. */
    long startNanos() {
        return startNanos;
    }

    @Override
    public void close() {
        watch.close();
    }
}
