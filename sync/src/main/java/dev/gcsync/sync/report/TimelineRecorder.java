package dev.gcsync.sync.report;

import dev.gcsync.governor.GovernorEvent;
import dev.gcsync.governor.GovernorListener;
import dev.gcsync.governor.TimeSource;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

/**
 * Listens to the governor and counts, per second of the run, requests sent, 429s and pause time: the
 * data of the report's timeline and of the summary's request figures. Thread-safe (lock-free counters).
 */
public final class TimelineRecorder implements GovernorListener {
    private final TimeSource time;
    private final long start;
    private final ConcurrentSkipListMap<Long, Bucket> buckets = new ConcurrentSkipListMap<>();
    private final LongAdder requests = new LongAdder();
    private final LongAdder throttled = new LongAdder();
    private final AtomicLong pausedNanos = new AtomicLong();

    public TimelineRecorder(TimeSource time) {
        this.time = time;
        this.start = time.nanoTime();
    }

    private static final class Bucket {
        final LongAdder requests = new LongAdder();
        final LongAdder throttled = new LongAdder();
        final AtomicLong pausedNanos = new AtomicLong();
    }

    @Override
    public void onEvent(GovernorEvent event) {
        if (event instanceof GovernorEvent.Sent) {
            requests.increment();
            bucket().requests.increment();
        } else if (event instanceof GovernorEvent.Answered answered && answered.status() == 429) {
            throttled.increment();
            bucket().throttled.increment();
        } else if (event instanceof GovernorEvent.Paused paused) {
            pausedNanos.addAndGet(paused.pause().toNanos());
            bucket().pausedNanos.addAndGet(paused.pause().toNanos());
        }
    }

    private Bucket bucket() {
        long second = Math.max(0, (time.nanoTime() - start) / 1_000_000_000L);
        return buckets.computeIfAbsent(second, s -> new Bucket());
    }

    public long requests() {
        return requests.sum();
    }

    public long throttled() {
        return throttled.sum();
    }

    public double secondsPaused() {
        return pausedNanos.get() / 1e9;
    }

    /** Seconds since this recorder was created. */
    public double elapsedSeconds() {
        return (time.nanoTime() - start) / 1e9;
    }

    /** One point per second from the first to the last with activity (idle seconds included as zeros). */
    public List<TimelinePoint> points(double allowedPerSecond) {
        List<TimelinePoint> out = new ArrayList<>();
        if (buckets.isEmpty()) {
            return out;
        }
        long last = buckets.lastKey();
        for (long s = 0; s <= last; s++) {
            Bucket b = buckets.get(s);
            out.add(
                    b == null
                            ? new TimelinePoint(s, 0, 0, 0, allowedPerSecond)
                            : new TimelinePoint(
                                    s,
                                    (int) b.requests.sum(),
                                    (int) b.throttled.sum(),
                                    b.pausedNanos.get() / 1_000_000,
                                    allowedPerSecond));
        }
        return out;
    }
}
