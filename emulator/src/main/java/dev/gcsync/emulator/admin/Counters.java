package dev.gcsync.emulator.admin;

import dev.gcsync.emulator.Fault;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

/** Counts what the server saw. Thread-safe: concurrent maps of adders; snapshots are copies. */
public final class Counters {
    private final LongAdder requests = new LongAdder();
    private final LongAdder throttled = new LongAdder();
    private final Map<String, LongAdder> byRouteAndStatus = new ConcurrentHashMap<>();
    private final Map<String, LongAdder> byToken = new ConcurrentHashMap<>();
    private final Map<String, LongAdder> throttledByToken = new ConcurrentHashMap<>();
    private final Map<String, LongAdder> writes = new ConcurrentHashMap<>();
    private final Map<String, LongAdder> faults = new ConcurrentHashMap<>();
    private final AtomicLong firstWrite = new AtomicLong();
    private final AtomicLong lastWrite = new AtomicLong();

    /** One answered API request; {@code tokenLabel} null when unauthenticated. */
    public void request(String method, String template, int status, String tokenLabel) {
        requests.increment();
        add(byRouteAndStatus, method + " " + template + " " + status);
        if (tokenLabel != null) {
            add(byToken, tokenLabel);
        }
        if (status == 429) {
            throttled.increment();
            if (tokenLabel != null) {
                add(throttledByToken, tokenLabel);
            }
        }
    }

    /** One write applied by the store. */
    public void write(String op, String target) {
        add(writes, op + " " + target);
    }

    /** An API write answered 2xx at {@code nowMillis}: the span from the first to the last. */
    public void writeAnswered(long nowMillis) {
        firstWrite.compareAndSet(0, nowMillis);
        lastWrite.accumulateAndGet(nowMillis, Math::max);
    }

    public void fault(Fault kind) {
        add(faults, kind.name());
    }

    public void reset() {
        requests.reset();
        throttled.reset();
        byRouteAndStatus.clear();
        byToken.clear();
        throttledByToken.clear();
        writes.clear();
        faults.clear();
        firstWrite.set(0);
        lastWrite.set(0);
    }

    public CountersSnapshot snapshot() {
        return new CountersSnapshot(
                requests.sum(),
                copy(byRouteAndStatus),
                throttled.sum(),
                copy(byToken),
                copy(throttledByToken),
                copy(writes),
                copy(faults),
                Map.of(),
                firstWrite.get(),
                lastWrite.get());
    }

    private static void add(Map<String, LongAdder> map, String key) {
        map.computeIfAbsent(key, k -> new LongAdder()).increment();
    }

    private static Map<String, Long> copy(Map<String, LongAdder> map) {
        Map<String, Long> out = new TreeMap<>();
        map.forEach((k, v) -> out.put(k, v.sum()));
        return out;
    }
}
