package dev.gcsync.governor;

import java.time.Instant;
import java.util.PriorityQueue;

/**
 * Virtual time for several threads (a test fake): one thread runs at a time; a thread that waits is parked
 * until every registered thread waits, then the clock jumps to the earliest wake-up and that thread alone
 * runs. Deterministic when the threads start with distinct waits ({@link #start}).
 */
final class SimClock implements TimeSource {
    static final Instant EPOCH = Instant.parse("2026-01-01T00:00:00Z");

    private record Waiter(long at, long seq, Object[] released) implements Comparable<Waiter> {
        @Override
        public int compareTo(Waiter o) {
            return at != o.at ? Long.compare(at, o.at) : Long.compare(seq, o.seq);
        }
    }

    private final PriorityQueue<Waiter> waiters = new PriorityQueue<>();
    private long now;
    private long seq;
    private int running;

    /** Runs {@code bodies} to the end, each on its own thread, the i-th starting i ns in. */
    void run(Runnable... bodies) throws InterruptedException {
        Thread[] threads = new Thread[bodies.length];
        synchronized (this) {
            running = bodies.length;
        }
        for (int i = 0; i < bodies.length; i++) {
            int offset = i + 1;
            Runnable body = bodies[i];
            threads[i] = new Thread(() -> {
                try {
                    await(offset);
                    body.run();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } finally {
                    leave();
                }
            });
            threads[i].start();
        }
        for (Thread t : threads) {
            t.join();
        }
    }

    @Override
    public synchronized long nanoTime() {
        return now;
    }

    @Override
    public synchronized Instant wallClock() {
        return EPOCH.plusNanos(now);
    }

    @Override
    public synchronized void await(long nanos) throws InterruptedException {
        Waiter w = new Waiter(now + Math.max(0, nanos), seq++, new Object[1]);
        waiters.add(w);
        running--;
        releaseNext();
        while (w.released[0] == null) {
            wait();
        }
    }

    private synchronized void leave() {
        running--;
        releaseNext();
    }

    private void releaseNext() {
        if (running == 0 && !waiters.isEmpty()) {
            Waiter next = waiters.poll();
            now = Math.max(now, next.at);
            next.released[0] = Boolean.TRUE;
            running++;
            notifyAll();
        }
    }
}
