package dev.gcsync.governor.internal;

import dev.gcsync.governor.RateSignal;
import dev.gcsync.governor.ScopeKind;
import dev.gcsync.governor.ScopeState;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * One bucket of the server as the governor paces it. A scope never waits: {@link #tryAcquire} answers with a
 * {@link Decision}, and the governor does the waiting. Implementations lock themselves.
 */
public interface Scope {
    String name();

    ScopeKind kind();

    /** Go now (with a permit), or how long to wait before asking again, or stop. */
    Decision tryAcquire(long now);

    /** An answer came back; {@code signal} is what its headers said of this bucket (if they describe it). */
    void onAnswer(Permit permit, long sentAt, long now, Optional<RateSignal> signal, boolean throttled);

    /** The attempt got no answer (timeout, reset) or was never sent. */
    void onNoAnswer(Permit permit, long now);

    /**
     * This bucket refused a request: every caller pauses for {@code pause}, or the scope stops when the pause
     * exceeds the ceiling (returns true). Only {@link Refusals} calls it.
     */
    boolean pause(Permit permit, long now, Instant wallNow, Duration pause);

    ScopeState snapshot();
}
