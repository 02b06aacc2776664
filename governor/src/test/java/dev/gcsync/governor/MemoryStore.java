package dev.gcsync.governor;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A shared budget store in memory on a {@link TimeSource}: the contract of the Redis store's scripts (a slot at
 * least the asked interval after the last one any process took, a late caller keeps its slot, pauses extend and
 * hold everyone, learned limits kept by family, accepted requests counted over every process), for tests of several "processes" in virtual time. Counts the
 * round trips. Synchronized.
 */
final class MemoryStore implements BudgetStore {
    private final TimeSource time;
    private final Map<String, Long> lastSlot = new HashMap<>();
    private final Map<String, Long> pausedUntil = new HashMap<>();
    private final Map<String, LearnedLimit> learned = new HashMap<>();
    private final Map<String, List<Long>> accepted = new HashMap<>();
    final Map<String, Integer> reservations = new HashMap<>();
    int learnedReads;

    MemoryStore(TimeSource time) {
        this.time = time;
    }

    @Override
    public synchronized Reservation reserve(String scope, long intervalNanos) {
        reservations.merge(scope, 1, Integer::sum);
        long now = time.nanoTime();
        long paused = pausedUntil.getOrDefault(scope, 0L);
        if (paused > now) {
            return new Reservation.Shared(paused - now, paused, false);
        }
        Long last = lastSlot.get(scope);
        if (last != null && now < last + intervalNanos) {
            return new Reservation.Shared(last + intervalNanos - now, paused, true);
        }
        lastSlot.put(scope, last != null && now - (last + intervalNanos) < intervalNanos ? last + intervalNanos : now);
        return new Reservation.Shared(0, paused, false);
    }

    @Override
    public synchronized long pause(String scope, Duration pause) {
        long until = time.nanoTime() + pause.toNanos();
        return pausedUntil.merge(scope, until, Math::max);
    }

    @Override
    public synchronized void accepted(String family) {
        accepted.computeIfAbsent(family, f -> new ArrayList<>()).add(time.nanoTime());
    }

    @Override
    public synchronized OptionalInt acceptedWithin(String family, Duration back) {
        long since = time.nanoTime() - back.toNanos();
        return OptionalInt.of((int) accepted.getOrDefault(family, List.of()).stream()
                .filter(t -> t >= since)
                .count());
    }

    @Override
    public synchronized void learned(LearnedLimit limit) {
        learned.put(limit.family(), limit);
    }

    @Override
    public synchronized List<LearnedLimit> learnedLimits() {
        learnedReads++;
        return new ArrayList<>(learned.values());
    }

    @Override
    public StoreStatus status() {
        return new StoreStatus("memory", "test", true, Optional.empty(), List.of(), 0, Map.of());
    }

    @Override
    public void close() {}
}
