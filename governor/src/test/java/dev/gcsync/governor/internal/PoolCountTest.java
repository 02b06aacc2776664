package dev.gcsync.governor.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gcsync.governor.GovernorConfig;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/**
 * What a process got in the window that refused it, counted from a {@code Retry-After} in whole seconds: the
 * window's start is known within a second, and a burst at the start of the refusing window must be counted in it,
 * not added to the window before (which made an org bucket of 40 a window "59 per 5 s" in s6-hosts).
 */
class PoolCountTest {
    private static final long MS = 1_000_000L;
    private static final long W = 5_000 * MS;

    @Property(tries = 300)
    void theRefusingWindowIsCountedWholeAndNeverMixedWithTheOneBefore(
            @ForAll @IntRange(min = 0, max = 40) int before,
            @ForAll @IntRange(min = 1, max = 40) int inRefusing,
            @ForAll @IntRange(min = 0, max = 3_000) int refusedAfterMillis) {
        SharedScopes pool = new SharedScopes(GovernorConfig.defaults());
        for (int i = 0; i < before; i++) {
            pool.accepted("users:write", i * 10 * MS); // a burst at the start of the window before
        }
        for (int i = 0; i < inRefusing; i++) {
            pool.accepted("users:write", W + i * 10 * MS); // and at the start of the refusing one
        }
        long now = W + inRefusing * 10 * MS + refusedAfterMillis * MS;
        long retryAfter = (2 * W - now + 999_999_999L) / 1_000_000_000L * 1_000_000_000L; // whole seconds, up

        int counted = pool.poolCount("users:write", now, now + retryAfter, W);

        assertThat(counted)
                .as("the refusing window's %d, or the one before's %d when more; never both", inRefusing, before)
                .isBetween(inRefusing, Math.max(before, inRefusing));
    }
}
