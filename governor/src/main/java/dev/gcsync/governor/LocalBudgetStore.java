package dev.gcsync.governor;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** The in-process store: paces locally in full, shares nothing. Stateless. */
final class LocalBudgetStore implements BudgetStore {
    static final LocalBudgetStore INSTANCE = new LocalBudgetStore();
    private static final Reservation IN_FULL = new Reservation.Local(1.0);

    private LocalBudgetStore() {}

    @Override
    public Reservation reserve(String scope, long intervalNanos) {
        return IN_FULL;
    }

    @Override
    public long pause(String scope, Duration pause) {
        return 0;
    }

    @Override
    public void learned(LearnedLimit limit) {}

    @Override
    public List<LearnedLimit> learnedLimits() {
        return List.of();
    }

    @Override
    public StoreStatus status() {
        return new StoreStatus("local", "this process", true, Optional.empty(), List.of(), 0, java.util.Map.of());
    }

    @Override
    public void close() {}
}
