package dev.gcsync.governor;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.function.LongToDoubleFunction;

/**
 * One night in virtual time (a test harness): {@code tokens} governors sharing one {@link OrgBudget}, one caller
 * thread each, sending the org family's writes to an {@link OrgServer} for {@code windows} windows.
 */
final class OrgNight {
    static final long S = 1_000_000_000L;

    final OrgServer server;
    final List<Governor> governors = new ArrayList<>();
    final List<GovernorEvent> events = Collections.synchronizedList(new ArrayList<>());
    final long windowNanos;

    private OrgNight(OrgServer server, long windowNanos) {
        this.server = server;
        this.windowNanos = windowNanos;
    }

    /**
     * @param documented the org's limit as its limits API would state it, or empty (found by refusals)
     * @param preload    what earlier nights learned
     */
    static OrgNight run(
            int tokens,
            int orgLimit,
            Duration window,
            boolean aligned,
            Optional<Integer> documented,
            LongToDoubleFunction background,
            int windows,
            List<LearnedLimit> preload,
            double share)
            throws InterruptedException {
        return run(
                new SimClock(),
                tokens,
                orgLimit,
                window,
                aligned,
                documented,
                background,
                windows,
                preload,
                share,
                false);
    }

    /** @param ask the calls can be sent through another token (gcsync's client offers it for org families) */
    static OrgNight run(
            SimClock clock,
            int tokens,
            int orgLimit,
            Duration window,
            boolean aligned,
            Optional<Integer> documented,
            LongToDoubleFunction background,
            int windows,
            List<LearnedLimit> preload,
            double share,
            boolean ask)
            throws InterruptedException {
        long tokenLimit = 6L * orgLimit;
        OrgServer server = new OrgServer(orgLimit, window, aligned, tokenLimit, background);
        OrgNight night = new OrgNight(server, window.toNanos());
        GovernorConfig config = GovernorConfig.defaults().toBuilder()
                .knownRate(tokenLimit * 1e9 / window.toNanos())
                .budgetShare(share)
                .build();
        OrgBudget org = new OrgBudget(config);
        documented.ifPresent(l -> org.document(
                List.of(new DocumentedLimit(Optional.of(OrgServer.FAMILY), ScopeKind.ORG, l, window, "test"))));
        long end = windows * window.toNanos();
        Runnable[] callers = new Runnable[tokens];
        for (int i = 0; i < tokens; i++) {
            Governor g = new Governor(config, clock, () -> 0.5, new IetfRateLimitParser(), night.events::add, org);
            g.startFrom(preload);
            night.governors.add(g);
            String token = "t" + i;
            callers[i] = () -> {
                while (clock.nanoTime() < end) {
                    Outcome o = g.execute(server.call(clock, token, Duration.ofMillis(20), ask))
                            .outcome();
                    if (o != Outcome.SUCCESS) {
                        throw new AssertionError("a call ended " + o);
                    }
                }
            };
        }
        clock.run(callers);
        server.playBackgroundUntil(end);
        return night;
    }

    /** Our accepted requests per clock window, from {@code from} (inclusive) to {@code to} (exclusive). */
    double oursPerWindow(int from, int to) {
        long sum = 0;
        for (int i = from; i < to && i < server.perWindow.size(); i++) {
            sum += server.perWindow.get(i)[0];
        }
        return sum / (double) (to - from);
    }

    int ours(int window) {
        return window < server.perWindow.size() ? server.perWindow.get(window)[0] : 0;
    }

    /** The others' refusals from clock window {@code from} on. */
    long backgroundRefusedFrom(int from) {
        long sum = 0;
        for (int i = from; i < server.perWindow.size(); i++) {
            sum += server.perWindow.get(i)[2];
        }
        return sum;
    }
}
