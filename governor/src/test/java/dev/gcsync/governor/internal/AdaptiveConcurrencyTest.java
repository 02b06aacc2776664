package dev.gcsync.governor.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AdaptiveConcurrencyTest {
    private static final long MS = 1_000_000L;

    private final AdaptiveConcurrency limit = new AdaptiveConcurrency(1, 8);

    private void answer(long latency, boolean struggling) throws InterruptedException {
        answer("users:read", latency, struggling);
    }

    private void answer(String family, long latency, boolean struggling) throws InterruptedException {
        limit.acquire();
        limit.release(family, latency, struggling);
    }

    @Test
    void halvesOnAServerErrorAndNeverGoesBelowTheFloor() throws InterruptedException {
        answer(40 * MS, true);
        assertThat(limit.limit()).isEqualTo(4);
        for (int i = 0; i < 5; i++) {
            answer(40 * MS, true);
        }
        assertThat(limit.limit()).isEqualTo(1);
    }

    @Test
    void halvesWhenLatencyClimbsAboveFourTimesTheLowestSeen() throws InterruptedException {
        answer(20 * MS, false);
        answer(79 * MS, false);
        assertThat(limit.limit()).isEqualTo(8);
        answer(81 * MS, false);
        assertThat(limit.limit()).isEqualTo(4);
    }

    @Test
    void judgesLatencyAgainstTheSameFamilyOnly() throws InterruptedException {
        answer("users:read", 20 * MS, false);
        answer("users:write", 300 * MS, false);
        answer("users:write", 310 * MS, false);
        assertThat(limit.limit()).isEqualTo(8);
    }

    @Test
    void growsBackByOneAfterAsManyCalmAnswersAsTheLimitAndNeverAboveTheCeiling() throws InterruptedException {
        answer(40 * MS, true); // 4
        for (int i = 0; i < 3; i++) {
            answer(40 * MS, false);
        }
        assertThat(limit.limit()).isEqualTo(4);
        answer(40 * MS, false);
        assertThat(limit.limit()).isEqualTo(5);
        for (int i = 0; i < 100; i++) {
            answer(40 * MS, false);
        }
        assertThat(limit.limit()).isEqualTo(8);
    }
}
