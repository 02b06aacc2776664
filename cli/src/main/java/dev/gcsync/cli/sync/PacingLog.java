package dev.gcsync.cli.sync;

import dev.gcsync.cli.options.Durations;
import dev.gcsync.genesys.GenesysClient;
import dev.gcsync.genesys.GenesysException;
import dev.gcsync.genesys.limits.LimitRule;
import dev.gcsync.genesys.limits.OrgLimitDocs;
import dev.gcsync.governor.LearnedLimit;
import dev.gcsync.governor.ScopeKind;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The lines a run prints about what it paces from the start: documented limits and learned buckets. */
final class PacingLog {
    private PacingLog() {}

    /** Reads the org's documented limits; a limits API that does not answer is said and the run goes on. */
    static OrgLimitDocs read(GenesysClient client) {
        try {
            return client.readLimits();
        } catch (GenesysException e) {
            if (e.outcome().stopsRun() || e.status() == 401) {
                throw e;
            }
            return OrgLimitDocs.NONE;
        }
    }

    static List<String> documented(OrgLimitDocs docs, double share) {
        List<String> lines = new ArrayList<>();
        for (LimitRule r : docs.rules()) {
            double part = r.kind() == ScopeKind.ORG ? share : 1.0;
            lines.add(String.format(
                    Locale.ROOT,
                    "pacing %s at %.2f requests/s from the first request: %s documents" + " %d per %s per %s%s",
                    r.family(),
                    part * r.limit() / seconds(r.window()),
                    r.namespace() + ": " + r.key(),
                    r.limit(),
                    Durations.format(r.window()),
                    r.kind().name().toLowerCase(Locale.ROOT),
                    r.kind() == ScopeKind.ORG
                            ? String.format(Locale.ROOT, " (--budget-share %.2f of it)", share)
                            : ""));
        }
        docs.notMapped().forEach(k -> lines.add("documented without the requests it counts, not paced: " + k));
        return lines;
    }

    static List<String> learned(List<LearnedLimit> learned, double share, Instant now) {
        List<String> lines = new ArrayList<>();
        for (LearnedLimit l : learned) {
            lines.add(String.format(
                    Locale.ROOT,
                    "pacing %s at %.2f requests/s: %s learned %s%s"
                            + " ('gcsync doctor --forget-learned-limits' forgets it)",
                    l.family(),
                    l.startingRate(now, share),
                    describe(l),
                    l.learnedAt(),
                    l.kind().shared() ? String.format(Locale.ROOT, ", aged to %.0f", l.agedLimit(now)) : ""));
        }
        return lines;
    }

    /** {@code a bucket of 50 per 5s (token)} / {@code an org bucket estimated at 18 per 5s}. */
    static String describe(LearnedLimit l) {
        return l.kind().shared()
                ? String.format(
                        Locale.ROOT,
                        "a %s bucket estimated at %d per %s",
                        l.scope(),
                        l.limit(),
                        Durations.format(l.window()))
                : String.format(
                        Locale.ROOT,
                        "a bucket of %d per %s (%s)",
                        l.limit(),
                        Durations.format(l.window()),
                        l.spread() ? "this token's, paced evenly" : "this token's");
    }

    /** Where the org's shared buckets are counted, when another store than this process. */
    static java.util.Optional<String> store(dev.gcsync.governor.BudgetStore.StoreStatus s) {
        if (s.kind().equals("local")) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of("sharing the org's buckets through the budget store " + s.where() + " with "
                + Math.max(0, s.processes().size() - 1) + " other process(es) seen in the last minute"
                + s.latency()
                        .map(l -> String.format(java.util.Locale.ROOT, " (round trip %.1f ms)", l.toNanos() / 1e6))
                        .orElse(""));
    }

    private static double seconds(Duration d) {
        return d.toNanos() / 1e9;
    }
}
