package dev.gcsync.governor;

import dev.gcsync.governor.internal.AdaptiveConcurrency;
import dev.gcsync.governor.internal.Classifier;
import dev.gcsync.governor.internal.Counters;
import dev.gcsync.governor.internal.Decision;
import dev.gcsync.governor.internal.FullJitterBackoff;
import dev.gcsync.governor.internal.Lease;
import dev.gcsync.governor.internal.PacedBucket;
import dev.gcsync.governor.internal.Permit;
import dev.gcsync.governor.internal.Probe;
import dev.gcsync.governor.internal.RateScope;
import dev.gcsync.governor.internal.Refusals;
import dev.gcsync.governor.internal.RetryBudget;
import dev.gcsync.governor.internal.Scope;
import dev.gcsync.governor.internal.Scopes;
import dev.gcsync.governor.internal.SharedScopes;
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
 * Executes {@link GovernedCall}s under one token's rate limits (and the shared ones of its {@link OrgBudget}):
 * the one place where waiting happens. Each attempt is <em>acquired</em> (a concurrency slot, then a permit
 * from every scope of its family), <em>sent</em>, <em>classified</em> (see {@link Outcome}), and either ends the
 * call or says how long to <em>wait</em> before the next attempt. Thread-safe: share one governor per token
 * among all callers.
 */
public final class Governor {
    private static final Logger LOG = LoggerFactory.getLogger(Governor.class);

    private final GovernorConfig config;
    private final TimeSource time;
    private final DoubleSupplier random;
    private final RateSignalParser parser;
    private final GovernorListener listener;
    private final Counters counters = new Counters();
    private final OrgBudget org;
    private final Scopes scopes;
    private final Refusals refusals;
    private final AdaptiveConcurrency concurrency;
    private final RetryBudget budget;
    private final long deadlineAt;

    /** A governor with an org budget of its own (nothing shared with other tokens). */
    public Governor(
            GovernorConfig config,
            TimeSource time,
            DoubleSupplier random,
            RateSignalParser parser,
            GovernorListener listener) {
        this(config, time, random, parser, listener, new OrgBudget(config));
    }

    /**
     * @param random draws in [0, 1) for backoff jitter, e.g. {@code () -> ThreadLocalRandom.current().nextDouble()}
     * @param org    the org's shared buckets, the same for every token of a pool
     */
    public Governor(
            GovernorConfig config,
            TimeSource time,
            DoubleSupplier random,
            RateSignalParser parser,
            GovernorListener listener,
            OrgBudget org) {
        this(config, time, random, parser, listener, org, Optional.empty());
    }

    /**
     * @param tokenName the token's hash ({@code t-…}, never the token) when other processes may send the same
     *                  token (proxy replicas behind a load balancer): with a shared store in {@code org}, the
     *                  token's own buckets (its window, route buckets, hidden buckets) take their slots in the
     *                  store under that name, so that together they stay under the token's limits
     */
    public Governor(
            GovernorConfig config,
            TimeSource time,
            DoubleSupplier random,
            RateSignalParser parser,
            GovernorListener listener,
            OrgBudget org,
            Optional<String> tokenName) {
        this.config = config;
        this.time = time;
        this.random = random;
        this.parser = parser;
        this.listener = listener;
        this.org = org;
        this.scopes = new Scopes(config, org.engine(), tokenName);
        this.refusals = new Refusals(scopes);
        this.concurrency = new AdaptiveConcurrency(config.minConcurrency(), config.maxConcurrency());
        this.budget = new RetryBudget(config.retryBudget(), config.retryCost());
        this.deadlineAt =
                config.deadline().map(d -> time.nanoTime() + d.toNanos()).orElse(Long.MAX_VALUE);
    }

    /**
     * Starts from buckets learned by an earlier run (see {@link LearnedLimit}): their families are paced from
     * their first request; a shared bucket's estimate is aged first. Call before the first {@link #execute}.
     */
    public void startFrom(List<LearnedLimit> learned) {
        scopes.preload(learned, time.wallClock());
    }

    /** The buckets learned now: this token's (preloaded or measured) and the shared ones found by refusals. */
    public List<LearnedLimit> learnedLimits() {
        List<LearnedLimit> all = new ArrayList<>(scopes.learned());
        all.addAll(org.learned(time.wallClock()));
        return all;
    }

    /** Sends {@code call} until it succeeds or the classification table says to stop. Throws only what
     * {@link GovernedCall#send()} throws unchecked. */
    public <T> Result<T> execute(GovernedCall<T> call) {
        long until = Math.min(deadlineAt, call.deadlineNanos());
        Tally tally = new Tally();
        try {
            while (true) {
                Acquired<T> acquired = acquire(call, tally.attempts + 1, until);
                if (acquired.stop != null) {
                    return acquired.stop;
                }
                Sent<T> sent = send(call, acquired.lease, tally.attempts + 1);
                tally.attempts++;
                Next<T> next = classify(call, sent, tally, until);
                if (next.result != null) {
                    return next.result;
                }
                time.await(next.waitNanos);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return stopped(call, Outcome.INTERRUPTED, tally.attempts, Optional.empty());
        }
    }

    /** A snapshot of the counters and of every scope: this token's, then the shared ones. */
    public GovernorMetrics metrics() {
        List<ScopeState> states = new ArrayList<>(scopes.snapshots());
        states.addAll(org.snapshots());
        ScopeState token = scopes.token().snapshot();
        return new GovernorMetrics(
                counters.requests(),
                counters.throttled(),
                token.pausedNanosTotal(),
                counters.retries(),
                counters.effectiveRate(),
                token.allowedRate(),
                token.remaining(),
                concurrency.limit(),
                states);
    }

    // ---- acquire

    private static final class Tally {
        int attempts;
        int throttled;
        int faults;
    }

    /** Permits from every scope of the call's family (held in a lease), or the result that ends the call. */
    private record Acquired<T>(Lease lease, Result<T> stop) {}

    private <T> Acquired<T> acquire(GovernedCall<T> call, int number, long until) throws InterruptedException {
        if (time.nanoTime() >= until) {
            return new Acquired<>(null, stopped(call, Outcome.STOPPED_DEADLINE, number - 1, Optional.empty()));
        }
        concurrency.acquire();
        boolean granted = false;
        try {
            Acquired<T> acquired = permits(call, number, until);
            granted = acquired.lease != null;
            return acquired;
        } finally {
            if (!granted) {
                concurrency.release(call.family(), 0, false);
            }
        }
    }

    /** Within a concurrency slot: a permit from each scope, the shared one first. */
    private <T> Acquired<T> permits(GovernedCall<T> call, int number, long until) throws InterruptedException {
        while (true) {
            org.engine().follow(time);
            List<Scope> needed = scopes.forFamily(call.family());
            List<Permit> permits = new ArrayList<>();
            for (Scope scope : needed) {
                Decision d = take(scope, until);
                if (d.kind() != Decision.Kind.GO) {
                    new Lease(needed.subList(0, permits.size()), permits).noAnswer(time.nanoTime());
                    Outcome outcome =
                            d.kind() == Decision.Kind.STOP ? Outcome.STOPPED_RATE_LIMITED : Outcome.STOPPED_DEADLINE;
                    return new Acquired<>(null, stopped(call, outcome, number - 1, d.retryAt()));
                }
                permits.add(d.permit());
            }
            Lease lease = new Lease(needed, permits);
            if (needed.equals(scopes.forFamily(call.family()))) {
                return new Acquired<>(lease, null);
            }
            // a 429 found the family a bucket of its own while this call waited: take that permit too, or every
            // call already waiting would slip past the pause of the bucket just found
            lease.noAnswer(time.nanoTime());
        }
    }

    /** A permit from {@code scope}, waiting as long as it says but not past {@code until}: a GO, a STOP, or a
     *  WAIT that the deadline cut short (its {@code retryAt} says when it would have ended). */
    private Decision take(Scope scope, long until) throws InterruptedException {
        Decision d = scope.tryAcquire(time.nanoTime());
        while (d.kind() == Decision.Kind.WAIT) {
            if (time.nanoTime() + d.waitNanos() >= until) {
                return new Decision(
                        Decision.Kind.WAIT,
                        d.waitNanos(),
                        Optional.of(time.wallClock().plusNanos(d.waitNanos())),
                        null);
            }
            awaitFollowing(d.waitNanos());
            d = scope.tryAcquire(time.nanoTime());
        }
        return d;
    }

    /**
     * Waits {@code nanos}; with a shared store, in steps of the store's follow period, and no longer once another
     * process's finding changed a bucket here (the wait was asked for at the old pace: a process that counted
     * only its part of a bucket asks for slots so far apart that, waiting them out, it would never hear better).
     */
    private void awaitFollowing(long nanos) throws InterruptedException {
        long wakeAt = time.nanoTime() + nanos;
        for (long left = nanos; left > 0; left = wakeAt - time.nanoTime()) {
            if (!org.engine().sharesStore()) {
                time.await(left);
                return;
            }
            time.await(Math.min(left, SharedScopes.FOLLOW_EVERY_NANOS));
            if (org.engine().follow(time)) {
                return;
            }
        }
    }

    // ---- send

    /** One attempt's answer or fault, with the lease it was sent under. */
    private record Sent<T>(Reply<T> reply, IOException fault, Lease lease, long sentAt) {}

    /** Sends one attempt within the slot {@link #acquire} took, and gives the slot back. */
    private <T> Sent<T> send(GovernedCall<T> call, Lease lease, int number) {
        long sentAt = time.nanoTime();
        boolean struggling = true;
        try {
            emit(new GovernorEvent.Sent(call.family(), number, sentAt));
            Reply<T> reply;
            try {
                reply = call.send();
            } catch (RuntimeException bug) { // from the call itself (e.g. credentials): not ours to classify
                lease.noAnswer(time.nanoTime());
                throw bug;
            } catch (IOException fault) {
                long now = time.nanoTime();
                lease.noAnswer(now);
                emit(new GovernorEvent.NoAnswer(call.family(), NetworkFaults.describe(fault), now - sentAt));
                return new Sent<>(null, fault, lease, sentAt);
            }
            long now = time.nanoTime();
            struggling = reply.status() >= 500;
            answered(call.family(), lease, reply, sentAt, now);
            return new Sent<>(reply, null, lease, sentAt);
        } finally {
            concurrency.release(call.family(), time.nanoTime() - sentAt, struggling);
        }
    }

    /** Hands the answer to every scope of the lease (the headers to the bucket they describe). */
    private void answered(String family, Lease lease, Reply<?> reply, long sentAt, long now) {
        Optional<RateSignal> signal = parser.parse(reply.headers());
        RateScope owner = scopes.ownerOf(family, signal);
        boolean throttled = reply.status() == 429;
        for (int i = 0; i < lease.scopes().size(); i++) {
            Scope scope = lease.scopes().get(i);
            scope.onAnswer(lease.permits().get(i), sentAt, now, scope == owner ? signal : Optional.empty(), throttled);
        }
        if (!lease.scopes().contains(owner)) {
            signal.ifPresent(s -> owner.onSignal(now, s));
        }
        if (!throttled) {
            Instant wallNow = time.wallClock();
            scopes.onAccepted(family, sentAt, wallNow).ifPresent(l -> emit(new GovernorEvent.LimitLearned(l)));
            for (Scope scope : lease.scopes()) {
                if (scope instanceof PacedBucket paced) {
                    paced.announce(wallNow).ifPresent(l -> emit(new GovernorEvent.LimitLearned(l)));
                }
            }
        }
        emit(new GovernorEvent.Answered(family, reply.status(), now - sentAt, signal));
    }

    // ---- classify

    /** The call's result, or how long to wait before the next attempt. */
    private record Next<T>(Result<T> result, long waitNanos) {
        static <T> Next<T> done(Result<T> r) {
            return new Next<>(r, 0);
        }

        static <T> Next<T> after(long nanos) {
            return new Next<>(null, nanos);
        }
    }

    private <T> Next<T> classify(GovernedCall<T> call, Sent<T> sent, Tally tally, long until) {
        Verdict verdict = sent.reply != null
                ? Classifier.ofStatus(sent.reply.status(), call.idempotent())
                : Classifier.ofFault(sent.fault, call.idempotent());
        Result<T> done = new Result<>(
                outcomeOf(verdict),
                Optional.ofNullable(sent.reply),
                Optional.ofNullable(sent.fault),
                tally.attempts,
                Optional.empty());
        return switch (verdict) {
            case SUCCESS -> {
                budget.onSuccess();
                yield Next.done(done);
            }
            case THROTTLED -> refused(call, sent, tally);
            case RETRY_BACKOFF, RETRY_NOT_SENT -> fault(call, sent, verdict, done, tally, until);
            default -> Next.done(done);
        };
    }

    /** A 429: the refusal decides which scope pauses (or stops); the next attempt waits in acquire. */
    private <T> Next<T> refused(GovernedCall<T> call, Sent<T> sent, Tally tally) {
        int attempts = tally.attempts;
        int throttled = ++tally.throttled;
        Optional<Duration> retryAfter = retryAfter(sent.reply);
        Optional<GovernedCall<T>> other = call.idempotent() ? call.viaAnotherToken() : Optional.empty();
        // The first refusal trusts the server's Retry-After; a call refused again right after it also waits
        // its own backoff, so a server that answers "Retry-After: 0" cannot make it spin.
        Duration own = Duration.ofNanos(FullJitterBackoff.delayNanos(
                config.backoffBase(), config.backoffMax(), throttled, random.getAsDouble()));
        Duration pause = retryAfter
                .map(server -> throttled > 1 && own.compareTo(server) > 0 ? own : server)
                .orElse(own);
        long now = time.nanoTime();
        Instant wallNow = time.wallClock();
        Refusals.Refusal r = refusals.decide(
                call.family(),
                parser.parse(sent.reply.headers()),
                sent.lease,
                sent.sentAt,
                now,
                wallNow,
                retryAfter,
                pause,
                other.isPresent());
        LOG.debug(
                "429 on {} (sent {} ms before the answer): {} {} for {} ms ({})",
                call.family(),
                (now - sent.sentAt) / 1_000_000,
                r.stopped() ? "stopping" : "pausing",
                r.scope().name(),
                pause.toMillis(),
                r.reason());
        learned(r.learned(), r.reason());
        if (r.stopped()) {
            return Next.done(stopped(call, Outcome.STOPPED_RATE_LIMITED, attempts, Optional.of(wallNow.plus(pause))));
        }
        emit(new GovernorEvent.Paused(r.scope().name(), pause, retryAfter.isPresent()));
        if (r.probe().isPresent() && other.isPresent()) {
            Next<T> answered = ask(call, other.get(), r.probe().get(), tally);
            if (answered != null) {
                return answered;
            }
        }
        if (tally.throttled >= config.maxThrottledAttempts()) {
            return Next.done(new Result<>(
                    Outcome.RETRIES_EXHAUSTED,
                    Optional.of(sent.reply),
                    Optional.empty(),
                    tally.attempts,
                    Optional.empty()));
        }
        emit(new GovernorEvent.Retrying(call.family(), RetryCause.THROTTLED, tally.attempts, pause));
        return Next.after(0);
    }

    /**
     * Asks the server whose the hidden bucket that just refused {@code call} is: sends it once through another
     * token of the client, now, within the refusing window (unpaced: one request through a token with buckets of
     * its own). Its headers describe that other token and are not this token's to learn from. Returns the call's
     * result when it was accepted, else null: the call goes on waiting for this token's scopes (an idempotent
     * call, so sending it again is safe whatever the answer was).
     */
    private <T> Next<T> ask(GovernedCall<T> call, GovernedCall<T> other, Probe probe, Tally tally) {
        emit(new GovernorEvent.Retrying(call.family(), RetryCause.THROTTLED, tally.attempts, Duration.ZERO));
        long sentAt = time.nanoTime();
        emit(new GovernorEvent.Sent(call.family(), ++tally.attempts, sentAt));
        Reply<T> reply;
        try {
            reply = other.send();
        } catch (IOException fault) {
            emit(new GovernorEvent.NoAnswer(call.family(), NetworkFaults.describe(fault), time.nanoTime() - sentAt));
            return null;
        }
        long now = time.nanoTime();
        emit(new GovernorEvent.Answered(call.family(), reply.status(), now - sentAt, Optional.empty()));
        boolean refusedToo = reply.status() == 429;
        if (refusedToo) {
            tally.throttled++;
        }
        Instant wallNow = time.wallClock();
        Refusals.Answer answer = refusals.probed(probe, refusedToo, now, now, wallNow);
        LOG.info(
                "{}: a bucket no header describes refused a request; asked through another token: {}",
                call.family(),
                answer.verdict());
        learned(answer.learned(), answer.verdict());
        if (reply.status() < 400) {
            budget.onSuccess();
            return Next.done(new Result<>(
                    Outcome.SUCCESS, Optional.of(reply), Optional.empty(), tally.attempts, Optional.empty()));
        }
        return null;
    }

    /** Says and hands on what a refusal (or the server's answer to a question) taught. */
    private void learned(List<LearnedLimit> limits, String why) {
        for (LearnedLimit l : limits) {
            LOG.info(
                    "{}: {} per {} ms ({} bucket: {}); pacing it at {}/s",
                    l.family(),
                    l.limit(),
                    l.window().toMillis(),
                    l.scope(),
                    why,
                    String.format(Locale.ROOT, "%.2f", l.pacedRatePerSecond()));
            emit(new GovernorEvent.LimitLearned(l));
        }
    }

    /**
     * A 5xx or transport fault worth retrying: full-jitter backoff, with the answer's Retry-After as a floor
     * (not capped by {@code backoffMax}; one beyond the Retry-After ceiling stops the call).
     */
    private <T> Next<T> fault(
            GovernedCall<T> call, Sent<T> sent, Verdict verdict, Result<T> done, Tally tally, long until) {
        if (++tally.faults >= config.maxAttempts() || !budget.tryTake()) {
            return Next.done(withOutcome(done, Outcome.RETRIES_EXHAUSTED));
        }
        long own = FullJitterBackoff.delayNanos(
                config.backoffBase(), config.backoffMax(), tally.faults, random.getAsDouble());
        Optional<Duration> server = retryAfter(sent.reply);
        if (server.isPresent() && server.get().compareTo(config.retryAfterCeiling()) > 0) {
            return Next.done(stopped(
                    call,
                    Outcome.STOPPED_RATE_LIMITED,
                    tally.attempts,
                    Optional.of(time.wallClock().plus(server.get()))));
        }
        long delay = Math.max(own, server.map(Duration::toNanos).orElse(0L));
        RetryCause cause = sent.reply != null
                ? RetryCause.SERVER_ERROR
                : verdict == Verdict.RETRY_NOT_SENT ? RetryCause.NOT_SENT : RetryCause.TRANSPORT;
        emit(new GovernorEvent.Retrying(call.family(), cause, tally.attempts, Duration.ofNanos(delay)));
        if (time.nanoTime() + delay >= until) {
            return Next.done(stopped(
                    call,
                    Outcome.STOPPED_DEADLINE,
                    tally.attempts,
                    Optional.of(time.wallClock().plusNanos(delay))));
        }
        return Next.after(delay);
    }

    private Optional<Duration> retryAfter(Reply<?> reply) {
        return reply == null
                ? Optional.empty()
                : reply.headers().first("Retry-After").flatMap(v -> RetryAfter.parse(v, time.wallClock()));
    }

    // ---- results

    private <T> Result<T> stopped(GovernedCall<T> call, Outcome outcome, int attempts, Optional<Instant> retryAt) {
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
        if (event instanceof GovernorEvent.LimitLearned l) {
            org.store().learned(l.limit()); // the other processes of a shared store start from it
        }
        try {
            listener.onEvent(event);
        } catch (RuntimeException e) {
            LOG.warn("governor listener failed on {}: {}", event.getClass().getSimpleName(), e.toString());
        }
    }
}
