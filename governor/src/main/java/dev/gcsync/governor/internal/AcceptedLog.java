package dev.gcsync.governor.internal;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * When the requests of one endpoint family were accepted, for the last {@code horizon} nanoseconds: how a
 * bucket that reports nothing in the headers is measured after it refuses. Thread safety: synchronized.
 */
final class AcceptedLog {
    private static final int MAX_ENTRIES = 100_000;

    private final Deque<Long> times = new ArrayDeque<>();

    synchronized void add(long now, long horizon) {
        times.addLast(now);
        while (!times.isEmpty() && (times.peekFirst() < now - horizon || times.size() > MAX_ENTRIES)) {
            times.pollFirst();
        }
    }

    /** Accepted at or after {@code since}. */
    synchronized int countSince(long since) {
        int n = 0;
        for (var it = times.descendingIterator(); it.hasNext() && it.next() >= since; ) {
            n++;
        }
        return n;
    }
}
