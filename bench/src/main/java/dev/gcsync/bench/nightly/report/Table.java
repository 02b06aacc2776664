package dev.gcsync.bench.nightly.report;

import dev.gcsync.bench.nightly.scenario.Scenario;
import java.util.List;
import java.util.Locale;

/** Renders rows as the Markdown table the console prints and docs/benchmarks.md keeps. */
public final class Table {
    private Table() {
    }

    public static String render(Scenario s, double boundSeconds, double writeBoundSeconds, List<Row> rows) {
        StringBuilder b = new StringBuilder();
        b.append(String.format(Locale.ROOT, "%s — time ×%d compressed (window %d s), bound %s%n%n", s.title(),
                s.timeScale(), s.window().toSeconds(), Double.isNaN(boundSeconds) ? "none (no limit)"
                        : String.format(Locale.ROOT, "%.1f s (writes + reads), %.1f s (writes only)", boundSeconds,
                                writeBoundSeconds)));
        b.append("| contender | wall s | requests | min writes | min reads | requests÷min | time÷bound"
                + " | time÷write bound | 429s | converged | wrap-up queues | applied twice | peak RSS MiB | notes |\n");
        b.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|\n");
        for (Row row : rows) {
            ContenderResult r = row.result();
            long min = r.minRequests() + r.minReads();
            b.append(String.format(Locale.ROOT,
                    "| %s | %.1f | %,d | %,d | %,d | %.2f | %s | %s | %,d (%.1f%%) | %,d/%,d | %s | %d | %s | %s |%n",
                    r.name(), r.wallSeconds(), r.requests(), r.minRequests(), r.minReads(),
                    min == 0 ? 0 : (double) r.requests() / min, ratio(r.timeOverBound()), ratio(r.timeOverWriteBound()),
                    r.responses429(), r.requests() == 0 ? 0 : 100.0 * r.responses429() / r.requests(),
                    r.usersConverged(), r.usersToChange(), row.queues(), r.appliedTwice(),
                    r.peakRssMiB() == null ? "–" : String.format(Locale.ROOT, "%.0f", r.peakRssMiB()), row.note()));
        }
        return b.toString();
    }

    private static String ratio(Double v) {
        return v == null ? "–" : String.format(Locale.ROOT, "%.2f", v);
    }
}
