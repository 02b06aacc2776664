package dev.gcsync.bench.nightly.report;

import java.util.List;
import java.util.Locale;

/** Renders rows as the Markdown table the console prints and docs/benchmarks.md keeps. */
public final class Table {
    private Table() {
    }

    public static String render(String title, int timeScale, double boundSeconds, List<Row> rows) {
        StringBuilder b = new StringBuilder();
        b.append(String.format(Locale.ROOT, "%s — time ×%d compressed, bound %s%n%n", title, timeScale,
                Double.isNaN(boundSeconds) ? "none (no limit)" : String.format(Locale.ROOT, "%.1f s", boundSeconds)));
        b.append("| contender | wall s | requests | min | time÷bound | 429s | converged | wrap-up queues"
                + " | applied twice | peak RSS MiB | notes |\n");
        b.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|\n");
        for (Row row : rows) {
            ContenderResult r = row.result();
            b.append(String.format(Locale.ROOT, "| %s | %.1f | %,d | %,d | %s | %,d (%.1f%%) | %,d/%,d | %s | %d | %s | %s |%n",
                    r.name(), r.wallSeconds(), r.requests(), r.minRequests(),
                    r.timeOverBound() == null ? "–" : String.format(Locale.ROOT, "%.2f", r.timeOverBound()),
                    r.responses429(), r.requests() == 0 ? 0 : 100.0 * r.responses429() / r.requests(),
                    r.usersConverged(), r.usersToChange(), row.queues(), r.appliedTwice(),
                    r.peakRssMiB() == null ? "–" : String.format(Locale.ROOT, "%.0f", r.peakRssMiB()), row.note()));
        }
        return b.toString();
    }
}
