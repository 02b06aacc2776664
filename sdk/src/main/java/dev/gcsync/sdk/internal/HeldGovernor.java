package dev.gcsync.sdk.internal;

import dev.gcsync.genesys.gateway.TokenGovernors;
import dev.gcsync.governor.Governor;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/** What the connector keeps per token: its governor, when it was last used and the calls under way. Atomics. */
public final class HeldGovernor implements TokenGovernors.Held {
    private final Governor governor;
    private final AtomicLong lastUsed;
    private final AtomicInteger underWay = new AtomicInteger();

    public HeldGovernor(long now, TokenGovernors.GovernorFactory governorFor) {
        this.lastUsed = new AtomicLong(now);
        this.governor = governorFor.governor(event -> {});
    }

    /** Runs {@code call} through the governor, counted as under way (not evicted meanwhile). */
    public <T> T run(java.util.function.Function<Governor, T> call) {
        underWay.incrementAndGet();
        try {
            return call.apply(governor);
        } finally {
            underWay.decrementAndGet();
        }
    }

    @Override
    public void touch(long now) {
        lastUsed.set(now);
    }

    @Override
    public boolean idleSince(long now, long idleNanos) {
        return underWay.get() == 0 && now - lastUsed.get() > idleNanos;
    }
}
