package dev.gcsync.bench.nightly.report;

import dev.gcsync.bench.nightly.scenario.Scenario;
import java.util.List;
import java.util.Locale;

/** Renders rows as the Markdown table the console prints and docs/benchmarks.md keeps. */
public final class Table {
    private Table() {}

    public static String render(Scenario s, double boundSeconds, double writeBoundSeconds, List<Row> rows) {
        StringBuilder b = new StringBuilder();
        b.append(String.format(
                Locale.ROOT,
                "%s — time ×%d compressed (window %d s), bound %s%n%n",
                s.title(),
                s.timeScale(),
                s.window().toSeconds(),
                Double.isNaN(boundSeconds)
                        ? "none (no limit)"
                        : String.format(
                                Locale.ROOT,
                                "%.1f s (writes + reads), %.1f s (writes only)",
                                boundSeconds,
                                writeBoundSeconds)));
        b.append("| contender | wall s | requests | min writes | min reads | requests÷min | time÷bound"
                + " | time÷write bound | 429s | converged | wrap-up queues | applied twice | peak RSS MiB | notes |\n");
        b.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|\n");
        for (Row row : rows) {
            ContenderResult r = row.result();
            long min = r.minRequests() + r.minReads();
            b.append(String.format(
                    Locale.ROOT,
                    "| %s | %.1f | %,d | %,d | %,d | %.2f | %s | %s | %,d (%.1f%%) | %,d/%,d | %s | %d | %s | %s |%n",
                    r.name(),
                    r.wallSeconds(),
                    r.requests(),
                    r.minRequests(),
                    r.minReads(),
                    min == 0 ? 0 : (double) r.requests() / min,
                    ratio(r.timeOverBound()),
                    ratio(r.timeOverWriteBound()),
                    r.responses429(),
                    r.requests() == 0 ? 0 : 100.0 * r.responses429() / r.requests(),
                    r.usersConverged(),
                    r.usersToChange(),
                    row.queues(),
                    r.appliedTwice(),
                    r.peakRssMiB() == null ? "–" : String.format(Locale.ROOT, "%.0f", r.peakRssMiB()),
                    row.note()));
        }
        return b.toString();
    }

    /**
     * The main table, then issue 15's measures of the rows that have them (background traffic, the org bound,
     * the time from the first write to the last), then the contenders this build skipped.
     */
    public static String render(
            Scenario s, double boundSeconds, double writeBoundSeconds, List<Row> rows, List<String> skipped) {
        StringBuilder b = new StringBuilder(render(s, boundSeconds, writeBoundSeconds, rows));
        List<Row> measured = rows.stream().filter(r -> r.result().org() != null).toList();
        if (!measured.isEmpty()) {
            b.append(String.format(
                    Locale.ROOT,
                    "%n| contender | first→last write s | bucket requests | bucket 429s"
                            + " | org bound s | time÷org bound | background requests | background 429s | background 429s"
                            + " alone | background 429s over alone | background s | windows to follow 55%% | windows to"
                            + " follow 5%% |%n"));
            b.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
            for (Row row : measured) {
                OrgMeasures m = row.result().org();
                b.append(String.format(
                        Locale.ROOT,
                        "| %s ".repeat(13) + "|%n",
                        row.result().name(),
                        num(m.firstToLastWriteSeconds()),
                        num(m.bucketWrites()),
                        share(m.bucket429(), m.bucketWrites()),
                        num(m.orgBoundSeconds()),
                        num(m.timeOverOrgBound()),
                        num(m.backgroundRequests()),
                        share(m.background429(), m.backgroundRequests()),
                        share(m.background429Alone(), m.backgroundRequests()),
                        m.background429() == null
                                ? "–"
                                : share(m.background429() - m.background429Alone(), m.backgroundRequests()),
                        num(m.backgroundSeconds()),
                        num(m.windowsToFollowDown()),
                        num(m.windowsToFollowUp())));
            }
        }
        skipped.forEach(line -> b.append(String.format(Locale.ROOT, "%nSkipped: %s%n", line)));
        return b.toString();
    }

    private static String num(Number v) {
        if (v == null) {
            return "–";
        }
        return v instanceof Double d ? String.format(Locale.ROOT, "%.2f", d) : String.format(Locale.ROOT, "%,d", v);
    }

    /** "n (p%)" of a total, "–" when unknown. */
    private static String share(Long n, Long total) {
        if (n == null || total == null) {
            return "–";
        }
        return String.format(Locale.ROOT, "%,d (%.1f%%)", n, total == 0 ? 0 : 100.0 * n / total);
    }

    private static String ratio(Double v) {
        return v == null ? "–" : String.format(Locale.ROOT, "%.2f", v);
    }
}
