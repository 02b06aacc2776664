package dev.gcsync.bench.nightly.report;

import dev.gcsync.bench.nightly.scenario.Scenario;
import java.util.List;
import java.util.Locale;

/**
 * Renders s6-hosts as docs/benchmarks.md keeps it: a row per run, a row per process, and issue 16's targets
 * judged on the run with the shared store beside the run without.
 */
public final class HostsTable {
    /** Issue 16: total 429s ≤ 1% of requests. */
    static final double MAX_429 = 0.01;
    /** Issue 16: the slowest process ≤ 1.15 × the bound. */
    static final double MAX_OVER_BOUND = 1.15;
    /** Issue 16: the background's 429s ≤ alone + 1% of its requests. */
    static final double MAX_BACKGROUND_OVER_ALONE = 0.01;

    private HostsTable() {}

    public static String render(Scenario s, HostsResult r) {
        StringBuilder b = new StringBuilder();
        b.append(String.format(
                Locale.ROOT,
                "%s — time ×%d compressed (window %d s); org bucket %d writes per %d s (%s), background %s of it;"
                        + " share %.2f; Redis: %s%n%n",
                s.title(),
                s.timeScale(),
                s.window().toSeconds(),
                r.bucketLimit(),
                r.windowSeconds(),
                r.documented() ? "documented" : "undocumented",
                String.join(
                        " → ", r.background().stream().map(HostsTable::whole).toList()),
                r.share(),
                r.redis()));
        b.append("| budget store | requests | 429s | bucket requests | bucket 429s | bucket writes (min) | org bound s"
                + " | slowest s | slowest÷bound | span s | background requests | background 429s | background 429s"
                + " alone | background 429s over alone | converged | wrap-up queues | applied twice |\n");
        b.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        for (HostsRun run : r.runs()) {
            b.append(String.format(
                    Locale.ROOT,
                    "| %s | %,d | %s | %,d | %s | %,d | %.1f | %.1f | %.2f | %.1f | %,d | %s | %s | %s | %,d/%,d | %d/%d"
                            + " | %d |%n",
                    run.store(),
                    run.requests(),
                    share(run.responses429(), run.requests()),
                    run.bucketRequests(),
                    share(run.bucket429(), run.bucketRequests()),
                    run.bucketWrites(),
                    run.orgBoundSeconds(),
                    run.slowestSeconds(),
                    run.slowestOverBound(),
                    run.spanSeconds(),
                    run.backgroundRequests(),
                    share(run.background429(), run.backgroundRequests()),
                    share(run.background429Alone(), run.backgroundRequests()),
                    share(run.background429() - run.background429Alone(), run.backgroundRequests()),
                    run.usersConverged(),
                    run.usersToChange(),
                    run.queuesConverged(),
                    run.queuesToChange(),
                    run.appliedTwice()));
        }
        b.append("\n| budget store | process | OAuth client | bucket writes (min) | time s | time÷org bound | requests"
                + " | 429s | converged | peak RSS MiB | notes |\n");
        b.append("|---|---|---|---:|---:|---:|---:|---:|---:|---:|---|\n");
        for (HostsRun run : r.runs()) {
            for (HostProcess p : run.processes()) {
                b.append(String.format(
                        Locale.ROOT,
                        "| %s | %s | %s | %,d | %.1f | %.2f | %,d | %s | %,d/%,d | %s | %s |%n",
                        run.store(),
                        p.name(),
                        p.client(),
                        p.bucketWrites(),
                        p.wallSeconds(),
                        p.wallSeconds() / run.orgBoundSeconds(),
                        p.requests(),
                        share(p.responses429(), p.requests()),
                        p.usersConverged(),
                        p.usersToChange(),
                        p.peakRssMiB() == null ? "–" : String.format(Locale.ROOT, "%.0f", p.peakRssMiB()),
                        p.note()));
            }
        }
        b.append(targets(r.runs()));
        return b.toString();
    }

    /** Issue 16's targets on the run with the shared store ({@code redis}), the run without beside it. */
    static String targets(List<HostsRun> runs) {
        HostsRun shared = find(runs, "redis");
        HostsRun alone = find(runs, "local");
        if (shared == null) {
            return "";
        }
        StringBuilder b = new StringBuilder("\n| target (issue 16, with the store) | with Redis | without | |\n");
        b.append("|---|---:|---:|---|\n");
        b.append(row(
                "total 429s ≤ 1% of requests",
                percent(shared.share429()),
                alone == null ? "–" : percent(alone.share429()),
                shared.share429() <= MAX_429));
        b.append(row(
                "slowest process ≤ 1.15 × org bound",
                String.format(Locale.ROOT, "%.2f", shared.slowestOverBound()),
                alone == null ? "–" : String.format(Locale.ROOT, "%.2f", alone.slowestOverBound()),
                shared.slowestOverBound() <= MAX_OVER_BOUND));
        b.append(row(
                "background's 429s ≤ alone + 1%",
                "+" + percent(shared.backgroundOverAlone()),
                alone == null ? "–" : "+" + percent(alone.backgroundOverAlone()),
                shared.backgroundOverAlone() <= MAX_BACKGROUND_OVER_ALONE));
        return b.toString();
    }

    private static String row(String target, String withStore, String without, boolean met) {
        return "| " + target + " | " + withStore + " | " + without + " | " + (met ? "met" : "**missed**") + " |\n";
    }

    private static HostsRun find(List<HostsRun> runs, String store) {
        return runs.stream().filter(r -> r.store().equals(store)).findFirst().orElse(null);
    }

    private static String share(long n, long total) {
        return String.format(Locale.ROOT, "%,d (%.1f%%)", n, total == 0 ? 0 : 100.0 * n / total);
    }

    private static String whole(double fraction) {
        return String.format(Locale.ROOT, "%.0f%%", 100 * fraction);
    }

    private static String percent(double fraction) {
        return String.format(Locale.ROOT, "%.1f%%", 100 * fraction);
    }
}
