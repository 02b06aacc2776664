package dev.gcsync.governor.internal;

import dev.gcsync.governor.GovernorEvent;
import dev.gcsync.governor.GovernorListener;
import dev.gcsync.governor.RetryCause;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

/** Counts events for {@code Governor.metrics()}. Thread-safe: adders and atomics, no lock. */
public final class Counters implements GovernorListener {
    private final LongAdder requests = new LongAdder();
    private final LongAdder throttled = new LongAdder();
    private final Map<RetryCause, LongAdder> retries = new EnumMap<>(RetryCause.class);
    private final AtomicLong firstSent = new AtomicLong(Long.MIN_VALUE);
    private final AtomicLong lastSent = new AtomicLong(Long.MIN_VALUE);

    public Counters() {
        for (RetryCause c : RetryCause.values()) {
            retries.put(c, new LongAdder());
        }
    }

    @Override
    public void onEvent(GovernorEvent event) {
        if (event instanceof GovernorEvent.Sent sent) {
            requests.increment();
            firstSent.compareAndSet(Long.MIN_VALUE, sent.atNanos());
            lastSent.accumulateAndGet(sent.atNanos(), Math::max);
        } else if (event instanceof GovernorEvent.Answered a && a.status() == 429) {
            throttled.increment();
        } else if (event instanceof GovernorEvent.Retrying r) {
            retries.get(r.cause()).increment();
        }
    }

    public long requests() {
        return requests.sum();
    }

    public long throttled() {
        return throttled.sum();
    }

    public Map<RetryCause, Long> retries() {
        Map<RetryCause, Long> copy = new EnumMap<>(RetryCause.class);
        retries.forEach((k, v) -> copy.put(k, v.sum()));
        return copy;
    }

    /** Attempts per second between the first and the last one sent (0 with fewer than two). */
    public double effectiveRate() {
        long n = requests.sum();
        long span = lastSent.get() - firstSent.get();
        return n < 2 || span <= 0 ? 0 : (n - 1) * 1e9 / span;
    }
}
