package dev.gcsync.bench.nightly;

import dev.gcsync.emulator.admin.Admin;
import dev.gcsync.emulator.admin.CountersSnapshot;
import dev.gcsync.governor.TimeSource;

/**
 * S3's "the harness resets the daily window" for contenders that do not stop at a daily limit: once the
 * server has let through {@code dailyLimit} requests (requests minus 429s: an approximation, since a 429 from
 * the token window also counts as refused), it waits one more window, then lifts the limit. The contender
 * meanwhile meets daily-limit 429s with a Retry-After of hours and copes as it does. {@link #close()} stops it.
 */
final class DailyLimitWatch implements AutoCloseable {
    private static final long POLL_NANOS = 20_000_000L;
    private final Watch watch;

    DailyLimitWatch(Admin admin, int dailyLimit, long windowNanos, TimeSource time) {
        watch = new Watch(
                "daily-limit-watch",
                time,
                POLL_NANOS,
                () -> {
                    CountersSnapshot c = admin.counters();
                    return c.requests() - c.throttled() >= dailyLimit;
                },
                () -> {
                    time.await(windowNanos);
                    admin.setPolicy(admin.policy().withDailyLimit(0));
                });
    }

    @Override
    public void close() {
        watch.close();
    }
}
