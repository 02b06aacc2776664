package dev.gcsync.bench.nightly;

import dev.gcsync.emulator.BucketRule;
import dev.gcsync.emulator.admin.Admin;
import dev.gcsync.governor.TimeSource;
import java.util.ArrayList;
import java.util.List;

/**
 * Samples, every {@value #EVERY_MILLIS} ms while a contender runs, how many of its writes on an org bucket's
 * routes the server has answered 2xx: the pace it kept, window by window. One thread; {@link #close()} stops it.
 * Samples are read only after close.
 */
final class PaceSampler implements AutoCloseable {
    static final long EVERY_MILLIS = 250;

    /** One sample: {@code nanos} from the time source, {@code writes} answered 2xx so far. */
    record Sample(long nanos, long writes) {}

    private final Thread thread;
    private final List<Sample> samples = new ArrayList<>();

    PaceSampler(Admin admin, BucketRule bucket, TimeSource time) {
        thread = new Thread(
                () -> {
                    try {
                        while (!Thread.currentThread().isInterrupted()) {
                            Sample s =
                                    new Sample(time.nanoTime(), OrgMeasuring.onBucket(admin.counters(), bucket, true));
                            synchronized (samples) {
                                samples.add(s);
                            }
                            time.await(EVERY_MILLIS * 1_000_000L);
                        }
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                },
                "pace-sampler");
        thread.setDaemon(true);
        thread.start();
    }

    List<Sample> samples() {
        synchronized (samples) {
            return List.copyOf(samples);
        }
    }

    @Override
    public void close() {
        thread.interrupt();
        try {
            thread.join();
        } catch (InterruptedException e) {
            // closing must not throw InterruptedException (try-with-resources would suppress it): keep the flag
            Thread.currentThread().interrupt();
        }
    }
}
