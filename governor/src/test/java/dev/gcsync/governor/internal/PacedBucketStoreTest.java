package dev.gcsync.governor.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gcsync.governor.BudgetStore;
import dev.gcsync.governor.LearnedLimit;
import dev.gcsync.governor.ScopeKind;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;

/** A shared bucket asks its store for each slot, follows the others' refusals, and paces alone when it is away. */
class PacedBucketStoreTest {
    private static final long WINDOW = 3_000_000_000L;

    /** A store whose answers the test sets: the port's contract, not Redis (the Redis store has its own ITs). */
    static final class ScriptedStore implements BudgetStore {
        Reservation next = new Reservation.Shared(0, 0, false);
        long lastInterval;
        int pauses;

        @Override
        public Reservation reserve(String scope, long intervalNanos) {
            lastInterval = intervalNanos;
            return next;
        }

        @Override
        public long pause(String scope, Duration pause) {
            pauses++;
            return 99;
        }

        @Override
        public void learned(LearnedLimit limit) {}

        @Override
        public List<LearnedLimit> learnedLimits() {
            return List.of();
        }

        @Override
        public StoreStatus status() {
            return new StoreStatus("scripted", "test", true, Optional.empty(), List.of(), 0, Map.of());
        }

        @Override
        public void close() {}
    }

    private static PacedBucket bucket(ScriptedStore store) {
        return new PacedBucket("users:write", ScopeKind.ORG, 0.5, 30, 30, WINDOW, Duration.ofMinutes(5), store);
    }

    @Property(tries = 50)
    void theStoreSpacesTheSlotsAtTheSharedPace(@ForAll @DoubleRange(min = 0.1, max = 1.0) double share) {
        ScriptedStore store = new ScriptedStore();
        PacedBucket b =
                new PacedBucket("users:write", ScopeKind.ORG, share, 30, 30, WINDOW, Duration.ofMinutes(5), store);
        assertThat(b.tryAcquire(0).kind()).isEqualTo(Decision.Kind.GO);
        assertThat(store.lastInterval)
                .as("share × 30 per 3 s, for all processes together")
                .isEqualTo((long) (1e9 / (share * 30 * 1e9 / WINDOW)));
        store.next = new BudgetStore.Reservation.Shared(7_000_000, 0, true);
        assertThat(b.tryAcquire(1).waitNanos())
                .as("the store's wait, not the local slot")
                .isEqualTo(7_000_000);
    }

    @Property(tries = 30)
    void awayTheBucketPacesAloneAtTheSlowdownNeverFaster(@ForAll @DoubleRange(min = 1, max = 8) double slowdown) {
        ScriptedStore store = new ScriptedStore();
        store.next = new BudgetStore.Reservation.Local(slowdown);
        PacedBucket b = bucket(store);
        long interval = (long) (1e9 / b.pacePerSecond());
        assertThat(b.tryAcquire(0).kind()).isEqualTo(Decision.Kind.GO);
        long wait = b.tryAcquire(1).waitNanos();
        assertThat(wait).isGreaterThanOrEqualTo((long) (interval * slowdown) - 2);
    }

    @Example
    void anotherProcesssRefusalCutsTheEstimateOncePerEpisode() {
        ScriptedStore store = new ScriptedStore();
        PacedBucket b = bucket(store);
        assertThat(b.tryAcquire(0).kind()).isEqualTo(Decision.Kind.GO);
        double before = b.estimate();

        store.next = new BudgetStore.Reservation.Shared(5_000_000, 4242, false);
        b.tryAcquire(1);
        double once = b.estimate();
        assertThat(once).as("another process's pause mark").isEqualTo(before * PacedBucket.STEP_DOWN);
        store.next = new BudgetStore.Reservation.Shared(5_000_000, 4343, false);
        b.tryAcquire(2);
        assertThat(b.estimate())
                .as("a new mark before this process sent again: the same episode")
                .isEqualTo(once);
        store.next = new BudgetStore.Reservation.Shared(0, 4343, false);
        assertThat(b.tryAcquire(3).kind()).isEqualTo(Decision.Kind.GO);
        assertThat(b.estimate()).as("the same mark again").isEqualTo(once);
        store.next = new BudgetStore.Reservation.Shared(0, 4444, false);
        b.tryAcquire(4);
        assertThat(b.estimate())
                .as("a new mark after this process sent: a new episode")
                .isEqualTo(once * PacedBucket.STEP_DOWN);
    }

    @Property(tries = 10)
    void itsOwnRefusalIsPublishedAndItsMarkIsNotFollowedAgain(@ForAll boolean twice) {
        ScriptedStore store = new ScriptedStore();
        PacedBucket b = bucket(store);
        Decision d = b.tryAcquire(0);
        b.pause(d.permit(), 1, Instant.EPOCH, Duration.ofSeconds(2));
        assertThat(store.pauses).isEqualTo(1);
        double cut = b.estimate();
        store.next = new BudgetStore.Reservation.Shared(1_000_000, 99, false);
        b.tryAcquire(2_500_000_000L);
        if (twice) {
            b.tryAcquire(2_600_000_000L);
        }
        assertThat(b.estimate()).as("its own mark (99): no second cut").isEqualTo(cut);
    }

    @Example
    void aRefusalOfASlotCountedWithOthersStepsDownNotToThisProcesssOwnCount() {
        ScriptedStore store = new ScriptedStore();
        PacedBucket shared = bucket(store);
        ScriptedStore away = new ScriptedStore();
        away.next = new BudgetStore.Reservation.Local(1);
        PacedBucket alone = bucket(away);
        for (PacedBucket b : List.of(shared, alone)) {
            Decision d = b.tryAcquire(0);
            b.onAnswer(d.permit(), 0, 1_000_000, Optional.empty(), false);
            Decision refused = b.tryAcquire(WINDOW / 2);
            b.sampled(1); // one of this process's requests got in before the refusal
            b.pause(refused.permit(), WINDOW / 2, Instant.EPOCH, Duration.ofSeconds(1));
        }
        assertThat(shared.estimate())
                .as("the others took slots of that window through the store: a step down, not to 1")
                .isEqualTo(30 * PacedBucket.STEP_DOWN, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(alone.estimate())
                .as("alone, the count of the refused window is what was left to it")
                .isLessThan(2);
    }
}
