package dev.gcsync.cli;

import dev.gcsync.budget.redis.RedisBudgetStore;
import dev.gcsync.governor.BudgetStore;
import java.io.PrintWriter;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

/** Doctor's lines on the budget store: where, how fast, who shares it, the shared pace of each scope. */
final class StoreReport {
    private StoreReport() {}

    static void print(BudgetStore store, PrintWriter out) {
        BudgetStore.StoreStatus s = store.status();
        out.printf(
                "%nbudget store: %s%n",
                s.kind().equals("local")
                        ? "this process alone (give --budget-store redis://host:6379/0 to share the org's buckets with other"
                                + " processes and hosts)"
                        : s.where() + (s.connected() ? ", connected" : ", NOT answering"));
        if (s.kind().equals("local")) {
            out.flush();
            return;
        }
        s.latency().ifPresent(l -> out.printf(Locale.ROOT, "  round trip       %.2f ms%n", l.toNanos() / 1e6));
        out.printf(
                "  processes seen   %d in the last minute%s%n",
                s.processes().size(), s.processes().isEmpty() ? "" : ": " + String.join(", ", s.processes()));
        if (s.pacePerScope().isEmpty()) {
            out.printf("  shared pace      none yet (no process has taken a slot of a shared bucket lately)%n");
        }
        s.pacePerScope()
                .forEach((scope, perSecond) -> out.printf(
                        Locale.ROOT, "  shared pace      %-32s %.2f/s (all processes together)%n", scope, perSecond));
        if (store instanceof RedisBudgetStore redis) {
            for (RedisBudgetStore.LearnedEntry e : redis.learnedEntries()) {
                out.printf(
                        Locale.ROOT,
                        "  learned          %-32s %s %d per %d s, at %s by %s%n",
                        e.limit().family(),
                        e.limit().scope(),
                        e.limit().limit(),
                        e.limit().window().toSeconds(),
                        e.limit().learnedAt().truncatedTo(ChronoUnit.SECONDS),
                        e.by());
            }
        }
        out.flush();
    }
}
