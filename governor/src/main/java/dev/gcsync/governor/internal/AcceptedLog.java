package dev.gcsync.governor.internal;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * When the accepted requests of one endpoint family were sent, kept for {@link #HORIZON_NANOS}: what a
 * hidden bucket is measured from when it refuses. Kept in order of sending (answers come back out of
 * order under concurrency; each is inserted at its place from the back). Not thread-safe: its owner locks.
 */
final class AcceptedLog {
    /** Two of Genesys' 60 s windows and some: every window a refusal can be measured against. */
    static final long HORIZON_NANOS = 150_000_000_000L;

    private static final int MAX_ENTRIES = 100_000;

    private final Deque<Long> times = new ArrayDeque<>();

    void add(long sentAt) {
        if (times.isEmpty() || times.peekLast() <= sentAt) {
            times.addLast(sentAt);
        } else {
            List<Long> later = new ArrayList<>();
            while (!times.isEmpty() && times.peekLast() > sentAt) {
                later.add(times.pollLast());
            }
            times.addLast(sentAt);
            for (int i = later.size() - 1; i >= 0; i--) {
                times.addLast(later.get(i));
            }
        }
        long newest = times.peekLast();
        while (times.peekFirst() < newest - HORIZON_NANOS || times.size() > MAX_ENTRIES) {
            times.pollFirst();
        }
    }

    /** Sent at or after {@code since}. */
    int countSince(long since) {
        int n = 0;
        for (var it = times.descendingIterator(); it.hasNext() && it.next() >= since; ) {
            n++;
        }
        return n;
    }
}
