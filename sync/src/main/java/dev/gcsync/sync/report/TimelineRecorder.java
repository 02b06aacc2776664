package dev.gcsync.sync.report;

import dev.gcsync.governor.GovernorEvent;
import dev.gcsync.governor.GovernorListener;
import dev.gcsync.governor.LearnedLimit;
import dev.gcsync.governor.ScopeKind;
import dev.gcsync.governor.ScopeState;
import dev.gcsync.governor.TimeSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

/**
 * Listens to the governor and counts, per second of the run, requests sent (by endpoint family), 429s and pause
 * time, with what it learned of hidden buckets and the route limits each family's answers advertised: the data
 * of the report's timeline and of the summary's request figures, counted as the scope that bound the run counts
 * them. Thread-safe (lock-free counters).
 */
public final class TimelineRecorder implements GovernorListener {
    private final TimeSource time;
    private final long start;
    private final ConcurrentSkipListMap<Long, Bucket> buckets = new ConcurrentSkipListMap<>();
    private final LongAdder requests = new LongAdder();
    private final LongAdder throttled = new LongAdder();
    private final AtomicLong pausedNanos = new AtomicLong();
    private final ConcurrentMap<String, FamilySpan> families = new ConcurrentHashMap<>();
    private final ConcurrentMap<String, Long> advertised = new ConcurrentHashMap<>();
    private final List<Step> learned = new CopyOnWriteArrayList<>();

    public TimelineRecorder(TimeSource time) {
        this.time = time;
        this.start = time.nanoTime();
    }

    private static final class Bucket {
        final LongAdder requests = new LongAdder();
        final LongAdder throttled = new LongAdder();
        final AtomicLong pausedNanos = new AtomicLong();
        final ConcurrentMap<String, LongAdder> byFamily = new ConcurrentHashMap<>();
    }

    /** One family's requests and the span they were sent over. */
    private static final class FamilySpan {
        final LongAdder requests = new LongAdder();
        final AtomicLong first = new AtomicLong(Long.MAX_VALUE);
        final AtomicLong last = new AtomicLong(Long.MIN_VALUE);
    }

    /** A bucket learned at {@code second} of the run. */
    private record Step(long second, LearnedLimit limit) {}

    @Override
    public void onEvent(GovernorEvent event) {
        if (event instanceof GovernorEvent.Sent sent) {
            long now = time.nanoTime();
            requests.increment();
            Bucket b = bucket(now);
            b.requests.increment();
            b.byFamily.computeIfAbsent(sent.family(), f -> new LongAdder()).increment();
            FamilySpan span = families.computeIfAbsent(sent.family(), f -> new FamilySpan());
            span.requests.increment();
            span.first.accumulateAndGet(now, Math::min);
            span.last.accumulateAndGet(now, Math::max);
        } else if (event instanceof GovernorEvent.Answered answered) {
            answered.signal().ifPresent(s -> advertised.put(answered.family(), s.limit()));
            if (answered.status() == 429) {
                throttled.increment();
                bucket(time.nanoTime()).throttled.increment();
            }
        } else if (event instanceof GovernorEvent.Paused paused) {
            pausedNanos.addAndGet(paused.pause().toNanos());
            bucket(time.nanoTime()).pausedNanos.addAndGet(paused.pause().toNanos());
        } else if (event instanceof GovernorEvent.LimitLearned l) {
            learned.add(new Step(second(time.nanoTime()), l.limit()));
        }
    }

    private long second(long nanos) {
        return Math.max(0, (nanos - start) / 1_000_000_000L);
    }

    private Bucket bucket(long nanos) {
        return buckets.computeIfAbsent(second(nanos), s -> new Bucket());
    }

    public long requests() {
        return requests.sum();
    }

    public long throttled() {
        return throttled.sum();
    }

    public double secondsPaused() {
        return pausedNanos.get() / 1e9;
    }

    /** Seconds since this recorder was created. */
    public double elapsedSeconds() {
        return (time.nanoTime() - start) / 1e9;
    }

    /**
     * The scope that bound this part of the run ({@code state}, from the governor's metrics) counted as it
     * counts: the requests of its families, over the time they were sent, against its allowed rate.
     *
     * @param share the budget share of an org's bucket ({@code --budget-share})
     */
    public BoundScope bound(ScopeState state, double share) {
        double part = state.kind() == ScopeKind.ORG ? share : 1.0;
        if (state.name().equals("token")) {
            return BoundScope.ofToken(requests(), elapsedSeconds(), state.allowedRate());
        }
        List<String> counted = familiesOf(state.name());
        long n = 0;
        long first = Long.MAX_VALUE;
        long last = Long.MIN_VALUE;
        for (String f : counted) {
            FamilySpan span = families.get(f);
            if (span != null) {
                n += span.requests.sum();
                first = Math.min(first, span.first.get());
                last = Math.max(last, span.last.get());
            }
        }
        List<BoundScope.Learned> steps = new ArrayList<>();
        for (Step s : learnedOf(state.name(), counted, state.kind())) {
            LearnedLimit l = s.limit();
            steps.add(new BoundScope.Learned(
                    l.learnedAt(), l.limit(), l.window().toNanos() / 1e9, part * l.ratePerSecond()));
        }
        // the last requests use a whole window of the bucket (a burst at its start uses it all), when known
        double interval = state.allowedRate() > 0 ? 1 / state.allowedRate() : 0;
        double tail = Math.max(
                interval, steps.isEmpty() ? 0 : steps.get(steps.size() - 1).windowSeconds());
        double seconds = n == 0 ? 0 : (last - first) / 1e9 + tail;
        return new BoundScope(
                state.name(),
                state.kind().name().toLowerCase(Locale.ROOT),
                counted,
                n,
                seconds,
                seconds > 0 ? n / seconds : 0,
                state.allowedRate(),
                state.allowedRate() / part,
                part,
                steps);
    }

    /** The families a scope counts: its own family, or (of a route bucket) those whose answers advertised it. */
    private List<String> familiesOf(String scope) {
        int colon = scope.indexOf(':');
        String subject = scope.substring(colon + 1);
        if (!scope.startsWith("bucket:")) {
            return List.of(subject);
        }
        return advertised.entrySet().stream()
                .filter(e -> String.valueOf(e.getValue()).equals(subject))
                .map(Map.Entry::getKey)
                .sorted()
                .toList();
    }

    /** What was learned of a family's own bucket (a route bucket is known from the headers: none). */
    private List<Step> learnedOf(String scope, List<String> counted, ScopeKind kind) {
        if (scope.startsWith("bucket:")) {
            return List.of();
        }
        return learned.stream()
                .filter(s -> counted.contains(s.limit().family()) && s.limit().kind() == kind)
                .toList();
    }

    /**
     * One point per second from the first to the last with activity (idle seconds included as zeros): requests,
     * those {@code bound} counts, 429s, pauses, the rate {@code bound} allowed then (what it learned as it learned
     * it: unknown before its first measurement; its final rate throughout when it learned nothing) and the rate
     * the token allowed.
     */
    public List<TimelinePoint> points(BoundScope bound, double tokenAllowedPerSecond) {
        List<TimelinePoint> out = new ArrayList<>();
        if (buckets.isEmpty()) {
            return out;
        }
        ConcurrentSkipListMap<Long, Double> allowedFrom = new ConcurrentSkipListMap<>();
        if (!bound.token()) {
            double part = bound.share();
            for (Step s : learnedOf(bound.scope(), bound.families(), kindOf(bound))) {
                allowedFrom.put(s.second(), part * s.limit().ratePerSecond());
            }
        }
        long last = buckets.lastKey();
        for (long s = 0; s <= last; s++) {
            Map.Entry<Long, Double> step = allowedFrom.floorEntry(s);
            double allowed = allowedFrom.isEmpty() ? bound.allowedRate() : step == null ? 0 : step.getValue();
            Bucket b = buckets.get(s);
            out.add(
                    b == null
                            ? new TimelinePoint(s, 0, 0, 0, allowed, 0, tokenAllowedPerSecond)
                            : new TimelinePoint(
                                    s,
                                    (int) b.requests.sum(),
                                    (int) b.throttled.sum(),
                                    b.pausedNanos.get() / 1_000_000,
                                    allowed,
                                    bound.token() ? (int) b.requests.sum() : counted(b, bound.families()),
                                    tokenAllowedPerSecond));
        }
        return out;
    }

    private static int counted(Bucket b, List<String> families) {
        long n = 0;
        for (String f : families) {
            LongAdder a = b.byFamily.get(f);
            n += a == null ? 0 : a.sum();
        }
        return (int) n;
    }

    private static ScopeKind kindOf(BoundScope bound) {
        return ScopeKind.valueOf(bound.kind().toUpperCase(Locale.ROOT));
    }
}
