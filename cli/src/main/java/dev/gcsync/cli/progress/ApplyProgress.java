package dev.gcsync.cli.progress;

import dev.gcsync.governor.GovernorMetrics;
import dev.gcsync.sync.apply.ApplyListener;
import dev.gcsync.sync.journal.JournaledOp;
import dev.gcsync.sync.org.WriteResult;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * Counts an apply's progress — requests and users done (a user is done when every op touching it has
 * finished) — and hands a {@link Snapshot} to a display: a live bar on a terminal, lines otherwise.
 * Thread-safe: counters are atomic, the user map is only read after construction.
 */
public final class ApplyProgress implements ApplyListener, AutoCloseable {
    /** What a display shows. */
    public record Snapshot(int opsDone, int opsTotal, int usersDone, int usersTotal, GovernorMetrics metrics) {
    }

    /** Where snapshots go. */
    public interface Display extends AutoCloseable {
        void show(Snapshot snapshot, boolean force);

        @Override
        void close();
    }

    private final Map<String, AtomicInteger> opsLeftByUser = new HashMap<>();
    private final AtomicInteger opsDone = new AtomicInteger();
    private final AtomicInteger usersDone = new AtomicInteger();
    private final int opsTotal;
    private final Supplier<GovernorMetrics> metrics;
    private final Display display;

    public ApplyProgress(List<JournaledOp> ops, Supplier<GovernorMetrics> metrics, Display display) {
        this.opsTotal = ops.size();
        this.metrics = metrics;
        this.display = display;
        for (JournaledOp op : ops) {
            op.op().userIds().forEach(u -> opsLeftByUser.computeIfAbsent(u, k -> new AtomicInteger()).incrementAndGet());
        }
        display.show(snapshot(), true);
    }

    @Override
    public void onOpFinished(JournaledOp op, WriteResult result) {
        opsDone.incrementAndGet();
        for (String user : op.op().userIds()) {
            AtomicInteger left = opsLeftByUser.get(user);
            if (left != null && left.decrementAndGet() == 0) {
                usersDone.incrementAndGet();
            }
        }
        display.show(snapshot(), false);
    }

    private Snapshot snapshot() {
        return new Snapshot(opsDone.get(), opsTotal, usersDone.get(), opsLeftByUser.size(), metrics.get());
    }

    @Override
    public void close() {
        display.show(snapshot(), true);
        display.close();
    }
}
