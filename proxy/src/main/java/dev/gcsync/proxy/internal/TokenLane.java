package dev.gcsync.proxy.internal;

import dev.gcsync.genesys.gateway.TokenGovernors;
import dev.gcsync.governor.Governor;
import dev.gcsync.governor.GovernorEvent;
import dev.gcsync.governor.GovernorMetrics;
import dev.gcsync.governor.RetryCause;
import dev.gcsync.proxy.TokenStats;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One bearer token's lane: its governor (shared by every process and thread that sends this token), a fair
 * (FIFO) semaphore of {@code concurrency} slots in front of it, and a bound on the requests admitted
 * (in flight plus waiting). Concurrency rule: atomics and a fair semaphore; no lock of its own.
 */
public final class TokenLane implements TokenGovernors.Held {
    private static final Logger LOG = LoggerFactory.getLogger(TokenLane.class);
    private final String name;
    private final Governor governor;
    private final Semaphore slots;
    private final int capacity;
    private final AtomicInteger admitted = new AtomicInteger();
    private final AtomicInteger inside = new AtomicInteger();
    private final AtomicLong lastUsed;
    private final Map<Integer, LongAdder> answered = new ConcurrentHashMap<>();
    private final LongAdder upstream = new LongAdder();
    private final LongAdder serverThrottled = new LongAdder();
    private final LongAdder absorbed = new LongAdder();
    private final LongAdder surfaced = new LongAdder();
    private final LongAdder rejected = new LongAdder();
    private final LongAdder heldNanos = new LongAdder();

    /** {@code governorFor} builds the lane's governor around the listener the lane counts with. */
    TokenLane(String name, int concurrency, int queueCapacity, long now, TokenGovernors.GovernorFactory governorFor) {
        this.name = name;
        this.slots = new Semaphore(concurrency, true);
        this.capacity = concurrency + queueCapacity;
        this.lastUsed = new AtomicLong(now);
        this.governor = governorFor.governor(this::onEvent);
    }

    public String name() {
        return name;
    }

    Governor governor() {
        return governor;
    }

    /** Marks the lane used at {@code now} (it is not idle). */
    @Override
    public void touch(long now) {
        lastUsed.set(now);
    }

    /** Admits one more request unless the lane already holds {@code concurrency + queue}. */
    boolean tryEnter(long now) {
        lastUsed.set(now);
        if (admitted.incrementAndGet() > capacity) {
            admitted.decrementAndGet();
            rejected.increment();
            return false;
        }
        return true;
    }

    /** Waits, first come first served, for a slot; false when {@code nanos} pass first. */
    boolean awaitSlot(long nanos) throws InterruptedException {
        if (nanos <= 0 || !slots.tryAcquire(nanos, TimeUnit.NANOSECONDS)) {
            return false;
        }
        inside.incrementAndGet();
        return true;
    }

    void releaseSlot() {
        inside.decrementAndGet();
        slots.release();
    }

    void leave(long now) {
        admitted.decrementAndGet();
        lastUsed.set(now);
    }

    void answered(int status, long heldFor) {
        answered.computeIfAbsent(status, s -> new LongAdder()).increment();
        heldNanos.add(Math.max(0, heldFor));
        if (status == 429) {
            surfaced.increment();
        }
    }

    /** True when nothing is admitted and nothing came for {@code idleNanos}. */
    @Override
    public boolean idleSince(long now, long idleNanos) {
        return admitted.get() == 0 && now - lastUsed.get() > idleNanos;
    }

    /** Seconds for the requests admitted now to drain at the token's pace (at least 1): a Retry-After. */
    long drainSeconds() {
        GovernorMetrics m = governor.metrics();
        double rate = Math.max(m.allowedRate(), m.token().pacedRate());
        if (rate <= 0) {
            rate = 1;
        }
        return Math.max(1, (long) Math.ceil(admitted.get() / rate));
    }

    private void onEvent(GovernorEvent event) {
        if (event instanceof GovernorEvent.Sent) {
            upstream.increment();
        } else if (event instanceof GovernorEvent.Answered a && a.status() == 429) {
            serverThrottled.increment();
        } else if (event instanceof GovernorEvent.Retrying r && r.cause() == RetryCause.THROTTLED) {
            absorbed.increment();
        } else if (event instanceof GovernorEvent.Paused p) {
            LOG.debug(
                    "gcsync proxy: {} {} paused for {} ms ({})",
                    name,
                    p.scope(),
                    p.pause().toMillis(),
                    p.fromRetryAfter() ? "Retry-After" : "own backoff");
        }
    }

    public TokenStats stats() {
        Map<Integer, Long> byStatus = new TreeMap<>();
        answered.forEach((s, n) -> byStatus.put(s, n.sum()));
        GovernorMetrics m = governor.metrics();
        int in = inside.get();
        return new TokenStats(
                name,
                byStatus,
                upstream.sum(),
                serverThrottled.sum(),
                absorbed.sum(),
                surfaced.sum(),
                rejected.sum(),
                Math.max(0, admitted.get() - in),
                in,
                heldNanos.sum() / 1e9,
                m.token().pacedRate(),
                m.allowedRate());
    }
}
