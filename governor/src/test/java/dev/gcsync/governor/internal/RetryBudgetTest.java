package dev.gcsync.governor.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RetryBudgetTest {
    @Test
    void refusesRetriesOnceEmptyAndRefillsOneTokenPerSuccess() {
        RetryBudget budget = new RetryBudget(10, 5);
        assertThat(budget.tryTake()).isTrue();
        assertThat(budget.tryTake()).isTrue();
        assertThat(budget.tryTake()).isFalse();
        for (int i = 0; i < 4; i++) {
            budget.onSuccess();
        }
        assertThat(budget.tryTake()).isFalse();
        budget.onSuccess();
        assertThat(budget.tryTake()).isTrue();
    }

    @Test
    void neverRefillsAboveCapacity() {
        RetryBudget budget = new RetryBudget(10, 5);
        budget.onSuccess();
        assertThat(budget.tokens()).isEqualTo(10);
    }
}
