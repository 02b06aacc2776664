package dev.gcsync.governor;

import dev.gcsync.governor.internal.AdaptiveConcurrency;
import dev.gcsync.governor.internal.Classifier;
import dev.gcsync.governor.internal.Counters;
import dev.gcsync.governor.internal.FullJitterBackoff;
import dev.gcsync.governor.internal.RetryBudget;
import dev.gcsync.governor.internal.Scopes;
import dev.gcsync.governor.internal.Verdict;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.DoubleSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Executes {@link GovernedCall}s under one token's rate limits: the one place where waiting happens.
 * Each attempt takes a concurrency slot, then a permit from every scope of its family, is sent, and its
 * answer is classified (see {@link Outcome}). Thread-safe: share one governor per token among all callers.
 */
public final class Governor {
    private static final Logger LOG = LoggerFactory.getLogger(Governor.class);

    private final GovernorConfig config;
    private final TimeSource time;
    private final DoubleSupplier random;
    private final RateSignalParser parser;
    private final GovernorListener listener;
    private final Counters counters = new Counters();
    private final Scopes scopes;
    private final AdaptiveConcurrency concurrency;
    private final RetryBudget budget;
    private final long deadlineAt;

    /**
     * @param random draws in [0, 1) for backoff jitter, e.g. {@code () -> ThreadLocalRandom.current().nextDouble()}
     */
    public Governor(GovernorConfig config, TimeSource time, DoubleSupplier random, RateSignalParser parser,
                    GovernorListener listener) {
        this.config = config;
        this.time = time;
        this.random = random;
        this.parser = parser;
        this.listener = listener;
        this.scopes = new Scopes(config);
        this.concurrency = new AdaptiveConcurrency(config.minConcurrency(), config.maxConcurrency());
        this.budget = new RetryBudget(config.retryBudget(), config.retryCost());
        this.deadlineAt = config.deadline().map(d -> time.nanoTime() + d.toNanos()).orElse(Long.MAX_VALUE);
    }

    /**
     * Starts from hidden buckets measured by an earlier run (see {@link LearnedLimit}): their families are
     * paced at the learned rate from their first request. Call before the first {@link #execute}.
     */
    public void startFrom(List<LearnedLimit> learned) {
        scopes.preload(learned);
    }

    /** The hidden buckets known now: preloaded or measured during this governor's life. */
    public List<LearnedLimit> learnedLimits() {
        return scopes.learned();
    }

    /** The token's scope (to feed it a rate read from a limits API, say). */
    public RateScope tokenScope() {
        return scopes.token();
    }

    /** Sends {@code call} until it succeeds or the classification table says to stop. Throws only what
     * {@link GovernedCall#send()} throws unchecked. */
    public <T> Result<T> execute(GovernedCall<T> call) {
        long until = Math.min(deadlineAt, call.deadlineNanos());
        int attempts = 0;
        int throttled = 0;
        int faults = 0;
        try {
            while (true) {
                Attempt<T> a = attempt(call, attempts + 1, until);
                if (a.stop != null) {
                    return a.stop;
                }
                attempts++;
                Verdict verdict = a.reply != null ? Classifier.ofStatus(a.reply.status(), call.idempotent())
                        : Classifier.ofFault(a.fault, call.idempotent());
                Result<T> done = new Result<>(outcomeOf(verdict), Optional.ofNullable(a.reply),
                        Optional.ofNullable(a.fault), attempts, Optional.empty());
                switch (verdict) {
                    case SUCCESS -> {
                        budget.onSuccess();
                        return done;
                    }
                    case THROTTLED -> {
                        Optional<Result<T>> stop = throttle(call, a, attempts, ++throttled);
                        if (stop.isPresent()) {
                            return stop.get();
                        }
                    }
                    case RETRY_BACKOFF, RETRY_NOT_SENT -> {
                        if (++faults >= config.maxAttempts() || !budget.tryTake()) {
                            return withOutcome(done, Outcome.RETRIES_EXHAUSTED);
                        }
                        long delay = backoff(a, faults);
                        RetryCause cause = a.reply != null ? RetryCause.SERVER_ERROR
                                : verdict == Verdict.RETRY_NOT_SENT ? RetryCause.NOT_SENT : RetryCause.TRANSPORT;
                        emit(new GovernorEvent.Retrying(call.family(), cause, attempts, Duration.ofNanos(delay)));
                        if (time.nanoTime() + delay >= until) {
                            return stopped(call, Outcome.STOPPED_DEADLINE, attempts, Optional.of(
                                    time.wallClock().plusNanos(delay)));
                        }
                        time.await(delay);
                    }
                    default -> {
                        return done;
                    }
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return stopped(call, Outcome.INTERRUPTED, attempts, Optional.empty());
        }
    }

    /** A snapshot of the counters and scopes. */
    public GovernorMetrics metrics() {
        List<RateScope.State> states = new ArrayList<>();
        scopes.all().forEach(s -> states.add(s.snapshot()));
        RateScope.State token = states.get(0);
        return new GovernorMetrics(counters.requests(), counters.throttled(), token.pausedNanosTotal(),
                counters.retries(), counters.effectiveRate(), token.allowedRate(), token.remaining(),
                concurrency.limit(), states);
    }

    /** One attempt's result: a stop before sending, or an answer, or a transport fault. */
    private record Attempt<T>(Result<T> stop, Reply<T> reply, IOException fault, RateScope scope,
                              RateScope.Permit permit, long sentAt) {
        static <T> Attempt<T> stopped(Result<T> stop) {
            return new Attempt<>(stop, null, null, null, null, 0);
        }
    }

    private <T> Attempt<T> attempt(GovernedCall<T> call, int number, long until) throws InterruptedException {
        if (time.nanoTime() >= until) {
            return Attempt.stopped(stopped(call, Outcome.STOPPED_DEADLINE, number - 1, Optional.empty()));
        }
        concurrency.acquire();
        long sentAt = 0;
        boolean struggling = false;
        try {
            List<RateScope> needed;
            List<RateScope.Permit> permits;
            do {
                needed = scopes.forFamily(call.family());
                permits = new ArrayList<>();
                for (RateScope scope : needed) {
                    Taken<T> taken = take(scope, call, number, until);
                    if (taken.stop() != null) {
                        noAnswer(needed.subList(0, permits.size()), permits);
                        return Attempt.stopped(taken.stop());
                    }
                    permits.add(taken.permit());
                }
                if (!needed.equals(scopes.forFamily(call.family()))) {
                    // a 429 found the family a bucket of its own while this call waited: take that permit too,
                    // or every call already waiting would slip past the pause of the bucket just found
                    noAnswer(needed, permits);
                    permits = null;
                }
            } while (permits == null);
            sentAt = time.nanoTime();
            emit(new GovernorEvent.Sent(call.family(), number, sentAt));
            Reply<T> reply;
            try {
                reply = call.send();
            } catch (RuntimeException bug) { // from the call itself (e.g. credentials): not ours to classify
                struggling = true;
                noAnswer(needed, permits);
                throw bug;
            } catch (IOException fault) {
                long now = time.nanoTime();
                struggling = true;
                noAnswer(needed, permits);
                emit(new GovernorEvent.NoAnswer(call.family(), fault.getClass().getSimpleName(), now - sentAt));
                return new Attempt<>(null, null, fault, needed.get(0), permits.get(0), sentAt);
            }
            long now = time.nanoTime();
            struggling = reply.status() >= 500;
            Optional<RateSignal> signal = parser.parse(reply.headers());
            RateScope owner = scopes.ownerOf(call.family(), signal);
            boolean throttledNow = reply.status() == 429;
            for (int i = 0; i < needed.size(); i++) {
                RateScope scope = needed.get(i);
                scope.onAnswer(permits.get(i), now, scope == owner ? signal : Optional.empty(), throttledNow);
            }
            if (!needed.contains(owner)) {
                signal.ifPresent(s -> owner.onSignal(now, s));
            }
            if (!throttledNow) {
                scopes.onAccepted(call.family(), sentAt, time.wallClock())
                        .ifPresent(l -> emit(new GovernorEvent.LimitLearned(l)));
            }
            emit(new GovernorEvent.Answered(call.family(), reply.status(), now - sentAt, signal));
            return new Attempt<>(null, reply, null, needed.get(0), permits.get(0), sentAt);
        } finally {
            concurrency.release(call.family(), sentAt == 0 ? 0 : time.nanoTime() - sentAt, struggling);
        }
    }

    /** A permit, or the result that ends the call instead (a stopped scope, the deadline). */
    private record Taken<T>(RateScope.Permit permit, Result<T> stop) {
    }

    /** Takes a permit from {@code scope}, waiting as long as it says, but not past {@code until}. */
    private <T> Taken<T> take(RateScope scope, GovernedCall<T> call, int number, long until)
            throws InterruptedException {
        Decision d = scope.tryAcquire(time.nanoTime());
        while (d.kind() != Decision.Kind.GO) {
            if (d.kind() == Decision.Kind.STOP) {
                return new Taken<>(null, stopped(call, Outcome.STOPPED_RATE_LIMITED, number - 1, d.retryAt()));
            }
            if (time.nanoTime() + d.waitNanos() >= until) {
                return new Taken<>(null, stopped(call, Outcome.STOPPED_DEADLINE, number - 1,
                        Optional.of(time.wallClock().plusNanos(d.waitNanos()))));
            }
            time.await(d.waitNanos());
            d = scope.tryAcquire(time.nanoTime());
        }
        return new Taken<>(d.permit(), null);
    }

    private void noAnswer(List<RateScope> scopes, List<RateScope.Permit> permits) {
        long now = time.nanoTime();
        for (int i = 0; i < scopes.size(); i++) {
            scopes.get(i).onNoAnswer(permits.get(i), now);
        }
    }

    /** A 429: pause (or stop) the bucket that refused; empty means "retry". */
    private <T> Optional<Result<T>> throttle(GovernedCall<T> call, Attempt<T> a, int attempts, int throttled) {
        Optional<Duration> retryAfter = a.reply.headers().first("Retry-After")
                .flatMap(v -> RetryAfter.parse(v, time.wallClock()));
        // The first refusal trusts the server's Retry-After; a call refused again right after it also waits
        // its own backoff, so a server that answers "Retry-After: 0" cannot make it spin.
        Duration own = Duration.ofNanos(FullJitterBackoff.delayNanos(
                config.backoffBase(), config.backoffMax(), throttled, random.getAsDouble()));
        Duration pause = retryAfter.map(server -> throttled > 1 && own.compareTo(server) > 0 ? own : server)
                .orElse(own);
        long now = time.nanoTime();
        Scopes.Refusal refusal = scopes.refusedBy(call.family(), parser.parse(a.reply.headers()), a.sentAt, now,
                retryAfter, pause, time.wallClock());
        RateScope scope = refusal.scope();
        RateScope.Permit permit = scope == a.scope ? a.permit : new RateScope.Permit(0, false);
        boolean stop = scope.onThrottled(permit, now, time.wallClock(), pause);
        LOG.debug("429 on {} (sent {} ms before the answer): {} {} for {} ms", call.family(),
                (now - a.sentAt) / 1_000_000, stop ? "stopping" : "pausing", scope.name(), pause.toMillis());
        refusal.learned().ifPresent(l -> {
            LOG.info("{} has a bucket the rate headers do not describe: {} per {} ms measured; pacing it at {}/s",
                    l.family(), l.limit(), l.window().toMillis(),
                    String.format(Locale.ROOT, "%.2f", l.pacedRatePerSecond()));
            emit(new GovernorEvent.LimitLearned(l));
        });
        if (stop) {
            return Optional.of(stopped(call, Outcome.STOPPED_RATE_LIMITED, attempts,
                    Optional.of(time.wallClock().plus(pause))));
        }
        emit(new GovernorEvent.Paused(scope.name(), pause, retryAfter.isPresent()));
        if (throttled >= config.maxThrottledAttempts()) {
            return Optional.of(new Result<>(Outcome.RETRIES_EXHAUSTED, Optional.of(a.reply), Optional.empty(),
                    attempts, Optional.empty()));
        }
        emit(new GovernorEvent.Retrying(call.family(), RetryCause.THROTTLED, attempts, pause));
        return Optional.empty();
    }

    /** Full-jitter backoff, floored by a Retry-After on the answer (Retry-After is a floor). */
    private long backoff(Attempt<?> a, int retry) {
        long own = FullJitterBackoff.delayNanos(config.backoffBase(), config.backoffMax(), retry,
                random.getAsDouble());
        long server = a.reply == null ? 0 : a.reply.headers().first("Retry-After")
                .flatMap(v -> RetryAfter.parse(v, time.wallClock())).map(Duration::toNanos).orElse(0L);
        return Math.max(own, Math.min(server, config.backoffMax().toNanos()));
    }

    private <T> Result<T> stopped(GovernedCall<T> call, Outcome outcome, int attempts,
                                  Optional<Instant> retryAt) {
        emit(new GovernorEvent.Stopped(call.family(), outcome, retryAt));
        return Result.stopped(outcome, attempts, retryAt);
    }

    private static <T> Result<T> withOutcome(Result<T> r, Outcome outcome) {
        return new Result<>(outcome, r.reply(), r.error(), r.attempts(), r.retryAt());
    }

    private static Outcome outcomeOf(Verdict v) {
        return switch (v) {
            case SUCCESS -> Outcome.SUCCESS;
            case CONFLICT -> Outcome.CONFLICT;
            case AMBIGUOUS -> Outcome.AMBIGUOUS;
            case UNAUTHORIZED -> Outcome.UNAUTHORIZED;
            case FAIL -> Outcome.FAILED;
            default -> Outcome.RETRIES_EXHAUSTED;
        };
    }

    private void emit(GovernorEvent event) {
        counters.onEvent(event);
        try {
            listener.onEvent(event);
        } catch (RuntimeException e) {
            LOG.warn("governor listener failed on {}: {}", event.getClass().getSimpleName(), e.toString());
        }
    }
}
