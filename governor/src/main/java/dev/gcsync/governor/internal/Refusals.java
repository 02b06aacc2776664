package dev.gcsync.governor.internal;

import dev.gcsync.governor.LearnedLimit;
import dev.gcsync.governor.RateSignal;
import dev.gcsync.governor.ScopeKind;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The one place that decides what a 429 means: which bucket refused (and so whom the pause holds), whether the
 * run stops, and what was learned. In order:
 * <ol>
 * <li>headers that say the advertised bucket is spent (or, without headers, no room left in it by our own
 *     count and no hidden bucket known): that advertised bucket;</li>
 * <li>a bucket shared with other tokens known for the family (documented, or found before): that one, whose
 *     estimate steps down;</li>
 * <li>a bucket of this token paced evenly: that one, unless the family got clearly fewer accepted in the window
 *     than that bucket allows: then someone else spends it, and it is the org's;</li>
 * <li>otherwise a hidden bucket: another token of the pool refused in the same window makes it shared (the
 *     org's); else it is measured as this token's own ({@link HiddenBucket}), and a refusal that contradicts an
 *     exact measurement has it paced evenly (its windows are not opened by our requests). When the call can go
 *     through another token of the client, the server is also asked whose it is ({@link Probe}, answered in
 *     {@link #probed}): one token's own refusals cannot tell a bucket of its own from one others share.</li>
 * </ol>
 * A bucket found shared is attributed to the org, not to the client: the org's is the one that leaves a share to
 * the others, the cautious reading when nothing says which it is. Thread-safe (the scopes lock themselves).
 */
public final class Refusals {
    /**
     * Fewer accepted than this share of what a bucket allowed (as measured, or as paced) means someone else spent
     * the rest: an own bucket whose windows are aligned to the clock gives its whole limit in the window that
     * refuses (counted from a little before its start, more). One request of slack: a count of a few is whole.
     */
    static final double OTHERS_SPEND = 0.95;

    private final Scopes scopes;

    /**
     * Ask the server whose a hidden bucket is ({@link Probe}) only while this much of the refusing window is
     * surely left: an answer after the window may have ended decides nothing.
     */
    static final long ASK_MARGIN = 200_000_000L;

    /**
     * What a refusal means: the scope that pauses, whether the run stops, what was learned, and a question to
     * ask the server now (send the refused request through another token) when one token cannot tell.
     */
    public record Refusal(
            Scope scope, boolean stopped, List<LearnedLimit> learned, String reason, Optional<Probe> probe) {
        Refusal(Scope scope, boolean stopped, List<LearnedLimit> learned, String reason) {
            this(scope, stopped, learned, reason, Optional.empty());
        }

        Refusal asking(Optional<Probe> p) {
            return new Refusal(scope, stopped, learned, reason, p);
        }
    }

    /** What the server's answer to a {@link Probe} decided, and what was learned. */
    public record Answer(String verdict, List<LearnedLimit> learned) {}

    public Refusals(Scopes scopes) {
        this.scopes = scopes;
    }

    /**
     * @param held       the scopes and permits of the refused attempt
     * @param retryAfter the server's Retry-After, when readable
     * @param pause      how long the refusing scope pauses (the Retry-After, or the caller's backoff)
     * @param canAsk     the call can be sent through another token ({@link Probe}): ask, when one token cannot
     *                   tell whose the bucket is
     */
    public Refusal decide(
            String family,
            Optional<RateSignal> signal,
            Lease held,
            long sentAt,
            long now,
            Instant wallNow,
            Optional<Duration> retryAfter,
            Duration pause,
            boolean canAsk) {
        RateScope advertised = signal.isPresent() ? scopes.ownerOf(family, signal) : scopes.advertisedFor(family);
        Optional<PacedBucket> common = scopes.shared().of(family);
        Optional<Scope> own = scopes.hiddenOf(family);
        boolean beyondAdvertised = signal.map(s -> s.remaining() > 0)
                .orElseGet(() -> common.isPresent() || own.isPresent() || advertised.hasRoom(now));
        if (!beyondAdvertised) {
            return paused(advertised, held, now, wallNow, pause, List.of(), "advertised bucket spent");
        }
        if (common.isPresent()) {
            PacedBucket b = common.get();
            long end = now + retryAfter.orElse(pause).toNanos();
            OptionalInt all = scopes.shared().everyProcessCount(family, now, end, b.windowNanos());
            if (all.isPresent()) {
                b.sampledByAll(all.getAsInt());
            } else {
                b.sampled(b.acceptedSince(end - b.windowNanos()));
            }
            return paused(
                    b, held, now, wallNow, pause, b.announce(wallNow).stream().toList(), "shared bucket");
        }
        if (own.isPresent() && own.get() instanceof PacedBucket even) {
            // the window's start is known within the second Retry-After rounds to: count from the earliest
            long windowStart = now + retryAfter.orElse(pause).toNanos() - even.windowNanos() - HiddenBucket.SECOND;
            int counted = even.acceptedSince(windowStart);
            if (counted + 1 < OTHERS_SPEND * even.limit()) {
                return shared(
                        family,
                        counted,
                        even.windowNanos(),
                        held,
                        now,
                        wallNow,
                        pause,
                        "refused after " + counted + " of " + Math.round(even.limit()) + " in a window");
            }
            return paused(
                    even,
                    held,
                    now,
                    wallNow,
                    pause,
                    even.announce(wallNow).stream().toList(),
                    "evenly paced bucket");
        }
        if (retryAfter.isEmpty()) {
            return paused(
                    scopes.hiddenScope(family, now, wallNow, pause),
                    held,
                    now,
                    wallNow,
                    pause,
                    List.of(),
                    "hidden bucket (no Retry-After to measure it by)");
        }
        return hidden(family, held, sentAt, now, wallNow, retryAfter.get(), pause, canAsk);
    }

    private Refusal hidden(
            String family,
            Lease held,
            long sentAt,
            long now,
            Instant wallNow,
            Duration retryAfter,
            Duration pause,
            boolean canAsk) {
        HiddenBucket bucket = scopes.tracker(family);
        HiddenBucket.Finding f;
        long tokenWindow = scopes.token().windowNanos();
        long window;
        synchronized (bucket) {
            f = bucket.onRefused(sentAt, now, retryAfter.toNanos(), tokenWindow);
            // a bucket most likely shares the token's window length; else the measured one, else Genesys' 60 s
            window = tokenWindow > 0 ? tokenWindow : f.windowNanos() > 0 ? f.windowNanos() : 60 * HiddenBucket.SECOND;
        }
        long endHi = now + retryAfter.toNanos();
        int counted = f.counted() > 0 ? f.counted() : bucket.acceptedSince(endHi - window);
        OptionalInt other = scopes.shared().sameWindow(family, scopes.tokenId(), endHi, counted);
        if (other.isPresent()) {
            return shared(
                    family,
                    counted + other.getAsInt(),
                    window,
                    held,
                    now,
                    wallNow,
                    pause,
                    "two tokens refused in one window");
        }
        // the window surely lasts until the earliest end Retry-After allows (whole seconds, rounded up)
        long answerBy = sentAt + retryAfter.toNanos() - HiddenBucket.SECOND;
        // asked once an episode (a new count), not by the requests that were in flight with the refused one
        // ... and only of a window's bucket: a Retry-After past the window (a daily limit, say) is no such question
        Optional<Probe> probe = canAsk
                        && f.counted() > 0
                        && answerBy - now >= ASK_MARGIN
                        && retryAfter.toNanos() <= window + HiddenBucket.SECOND
                        && scopes.shared().asked().ask(family)
                ? Optional.of(new Probe(family, counted, window, endHi, answerBy))
                : Optional.empty();
        if (f.contradicted()) {
            HiddenBucket.Measurement m = f.measured().orElseThrow();
            LearnedLimit spread = scopes.learnSpread(family, m.limit(), m.windowNanos(), wallNow);
            Scope even = scopes.hiddenOf(family).orElseThrow();
            return paused(even, held, now, wallNow, pause, List.of(spread), "windows not opened by our requests")
                    .asking(probe);
        }
        Scope scope = scopes.hiddenScope(family, now, wallNow, pause);
        List<LearnedLimit> learned = new ArrayList<>();
        f.measured().ifPresent(m -> learned.add(scopes.learnBursts(family, m, wallNow)));
        return paused(scope, held, now, wallNow, pause, learned, "hidden bucket of this token")
                .asking(probe);
    }

    /**
     * The server's answer to {@code p}, the refused request sent through another token and answered at
     * {@code answeredAt}: refused too, the bucket is shared (the org's, paced evenly at the budget share from
     * what this token got in the refusing window, paused until that window ends); accepted within the refusing
     * window, it is this token's own (its measurement stands); accepted later, nothing is decided.
     */
    public Answer probed(Probe p, boolean refusedToo, long answeredAt, long now, Instant wallNow) {
        String family = p.family();
        if (refusedToo) {
            scopes.shared().asked().decide(family, true);
            scopes.dropHidden(family);
            // what every token got in the refusing window (this one's count is a part of it in a pool)
            int poolCount = scopes.shared().poolCount(family, now, p.windowEnd(), p.window());
            PacedBucket b = scopes.shared()
                    .found(
                            family,
                            ScopeKind.ORG,
                            Math.max(1, Math.max(p.counted(), poolCount)),
                            p.window(),
                            now,
                            wallNow,
                            Duration.ofNanos(Math.max(0, p.windowEnd() - now)));
            return new Answer("shared: another token was refused in the same window", List.of(b.learned(wallNow)));
        }
        if (answeredAt <= p.answerBy()) {
            scopes.shared().asked().decide(family, false);
            return new Answer("this token's own: another token was accepted in the same window", List.of());
        }
        return new Answer("undecided: the other token's answer came after the window may have ended", List.of());
    }

    private Refusal shared(
            String family,
            int counted,
            long window,
            Lease held,
            long now,
            Instant wallNow,
            Duration pause,
            String why) {
        // the sample of what the others left: what the family got through every token in the window that
        // refused, or in the one before it when more (the refusing window may have opened just before the refusal)
        int lastWindow = scopes.shared().poolCount(family, now, now + pause.toNanos(), window);
        scopes.dropHidden(family);
        PacedBucket b = scopes.shared()
                .found(family, ScopeKind.ORG, Math.max(1, Math.max(counted, lastWindow)), window, now, wallNow, pause);
        return paused(b, held, now, wallNow, pause, List.of(b.learned(wallNow)), "shared bucket found: " + why);
    }

    private static Refusal paused(
            Scope scope,
            Lease held,
            long now,
            Instant wallNow,
            Duration pause,
            List<LearnedLimit> learned,
            String reason) {
        boolean stopped = scope.pause(held.permitOf(scope), now, wallNow, pause);
        return new Refusal(scope, stopped, learned, reason);
    }
}
