package dev.gcsync.governor.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gcsync.governor.BudgetStore;
import java.util.Optional;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

/** A token's bucket in the shared store: never faster than 0.95 of its allowed rate, cautious while it is away. */
class TokenSlotsTest {

    @Test
    void withTheLocalStoreOrWithoutATokenNameNothingIsAsked() {
        PacedBucketStoreTest.ScriptedStore store = new PacedBucketStoreTest.ScriptedStore();
        assertThat(TokenStore.of(store, Optional.empty())).isSameAs(BudgetStore.local());
        assertThat(TokenStore.of(BudgetStore.local(), Optional.of("t-0123456789ab")))
                .isSameAs(BudgetStore.local());
        assertThat(TokenSlots.of(BudgetStore.local(), "token")).isSameAs(TokenSlots.NONE);
        assertThat(TokenSlots.NONE.waitNanos(1_000, 10, 0, 5)).isZero();
    }

    @Property(tries = 100)
    void theStoreIsAskedForTheSlowerOfTheLocalIntervalAndTheSharedPace(
            @ForAll @LongRange(min = 1, max = 2_000_000_000L) long local,
            @ForAll @DoubleRange(min = 0.5, max = 100) double allowed) {
        PacedBucketStoreTest.ScriptedStore store = new PacedBucketStoreTest.ScriptedStore();
        TokenSlots slots = TokenSlots.of(TokenStore.of(store, Optional.of("t-0123456789ab")), "token");
        store.next = new BudgetStore.Reservation.Shared(42, 0, true);
        assertThat(slots.waitNanos(local, allowed, 0, 1)).as("the store's wait").isEqualTo(42);
        assertThat(store.lastInterval).isEqualTo(Math.max(local, (long) (1e9 / (0.95 * allowed))));
    }

    @Property(tries = 60)
    void awayTheSlotIsTheLocalOneStretchedByTheSlowdown(
            @ForAll @DoubleRange(min = 1, max = 8) double slowdown,
            @ForAll @LongRange(min = 0, max = 3_000_000_000L) long sinceLast) {
        PacedBucketStoreTest.ScriptedStore store = new PacedBucketStoreTest.ScriptedStore();
        TokenSlots slots = TokenSlots.of(TokenStore.of(store, Optional.of("t-0123456789ab")), "token");
        store.next = new BudgetStore.Reservation.Local(slowdown);
        long interval = 500_000_000L;
        long wait = slots.waitNanos(interval, 0, 1_000, 1_000 + sinceLast);
        assertThat(wait).isEqualTo(Math.max(0, (long) (interval * slowdown) - sinceLast));
        assertThat(slots.waitNanos(interval, 0, Long.MIN_VALUE, 5))
                .as("no slot before: go")
                .isZero();
    }
}
