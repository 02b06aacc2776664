package dev.gcsync.cli.progress;

import dev.gcsync.governor.GovernorMetrics;
import dev.gcsync.sync.apply.ApplyListener;
import dev.gcsync.sync.journal.JournaledOp;
import dev.gcsync.sync.org.WriteResult;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Counts an apply's progress — requests and users done (a user is done when every op touching it has
 * finished) — and hands a {@link Snapshot} to a display: a live bar on a terminal, lines otherwise.
 * Thread-safe: counters are atomic and the user map concurrent; {@link #onStart} runs before any op finishes.
 */
public final class ApplyProgress implements ApplyListener, AutoCloseable {
    /** What a display shows. */
    public record Snapshot(int opsDone, int opsTotal, int usersDone, int usersTotal, GovernorMetrics metrics) {}

    /** Where snapshots go. */
    public interface Display extends AutoCloseable {
        void show(Snapshot snapshot, boolean force);

        @Override
        void close();
    }

    private final Map<String, AtomicInteger> opsLeftByUser = new ConcurrentHashMap<>();
    private final AtomicInteger opsDone = new AtomicInteger();
    private final AtomicInteger usersDone = new AtomicInteger();
    private final AtomicInteger opsTotal = new AtomicInteger();
    private final Supplier<GovernorMetrics> metrics;
    private final Function<Integer, Display> displays;
    private volatile Display display;

    /** @param displays makes the display once the number of users is known */
    public ApplyProgress(Supplier<GovernorMetrics> metrics, Function<Integer, Display> displays) {
        this.metrics = metrics;
        this.displays = displays;
    }

    @Override
    public void onStart(List<JournaledOp> ops) {
        opsTotal.set(ops.size());
        for (JournaledOp op : ops) {
            op.op().userIds().forEach(u -> opsLeftByUser
                    .computeIfAbsent(u, k -> new AtomicInteger())
                    .incrementAndGet());
        }
        display = displays.apply(opsLeftByUser.size());
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
        Display d = display;
        if (d != null) {
            d.show(snapshot(), false);
        }
    }

    private Snapshot snapshot() {
        return new Snapshot(opsDone.get(), opsTotal.get(), usersDone.get(), opsLeftByUser.size(), metrics.get());
    }

    @Override
    public void close() {
        Display d = display;
        if (d != null) {
            d.show(snapshot(), true);
            d.close();
        }
    }
}
