package dev.gcsync.governor;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/** What a governor tells its listeners; every event is an immutable value. */
public sealed interface GovernorEvent {

    /** An attempt was sent (after its permits and slot were granted). */
    record Sent(String family, int attempt, long atNanos) implements GovernorEvent {}

    /** An answer arrived. */
    record Answered(String family, int status, long latencyNanos, Optional<RateSignal> signal)
            implements GovernorEvent {}

    /** An attempt ended without an answer (timeout, reset, refused). */
    record NoAnswer(String family, String fault, long latencyNanos) implements GovernorEvent {}

    /** A scope paused every caller. */
    record Paused(String scope, Duration pause, boolean fromRetryAfter) implements GovernorEvent {}

    /** A call will be sent again after {@code delay}. */
    record Retrying(String family, RetryCause cause, int attempt, Duration delay) implements GovernorEvent {}

    /** A call ended the run early: Retry-After above the ceiling, deadline, or interrupt. */
    record Stopped(String family, Outcome outcome, Optional<Instant> retryAt) implements GovernorEvent {}

    /** A hidden bucket was measured (its family is paced below it from now on). */
    record LimitLearned(LearnedLimit limit) implements GovernorEvent {}
}
