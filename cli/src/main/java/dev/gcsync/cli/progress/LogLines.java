package dev.gcsync.cli.progress;

import dev.gcsync.governor.TimeSource;
import java.io.PrintWriter;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Progress for cron and CI logs: a timestamped line at most every {@code everyNanos} (and at start and
 * end), never a carriage return.
 */
public final class LogLines implements ApplyProgress.Display {
    private final PrintWriter out;
    private final TimeSource time;
    private final long everyNanos;
    private final AtomicLong last = new AtomicLong(Long.MIN_VALUE);

    public LogLines(PrintWriter out, TimeSource time, long everyNanos) {
        this.out = out;
        this.time = time;
        this.everyNanos = everyNanos;
    }

    @Override
    public void show(ApplyProgress.Snapshot s, boolean force) {
        long now = time.nanoTime();
        long prev = last.get();
        if (!force && prev != Long.MIN_VALUE && now - prev < everyNanos) {
            return;
        }
        if (!last.compareAndSet(prev, now) && !force) {
            return;
        }
        synchronized (out) {
            out.println(Stamp.now() + " apply: " + s.usersDone() + "/"
                    + s.usersTotal() + " users, " + s.opsDone() + "/" + s.opsTotal() + " requests · "
                    + StatusLine.rates(s.metrics()));
            out.flush();
        }
    }

    @Override
    public void close() {
        out.flush();
    }
}
