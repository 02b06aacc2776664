package dev.gcsync.cli.sync;

import dev.gcsync.sync.apply.StopRequest;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import sun.misc.Signal;
import sun.misc.SignalHandler;

/**
 * SIGINT (Ctrl-C) and SIGTERM (systemd, Kubernetes, {@code kill}) while a run is under way: the first one asks
 * the run to stop cleanly ({@link StopRequest}: requests in flight finished or put back, STOPPED, summary,
 * report, exit 3); a second one ends the process at once, and says so. Before the run's first journal write
 * there is nothing to put back, and the first signal ends the process at once.
 *
 * <p>The JVM's own handlers would start the shutdown at once (exit 130 or 143, no summary, the run left
 * RUNNING); {@code sun.misc.Signal} (module jdk.unsupported, present in every JDK since 9) is the only way to
 * take them over. The previous handlers are put back on {@link #close}. Handlers run on a thread of their own.
 */
final class SignalStop implements AutoCloseable {
    private record Installed(Signal signal, SignalHandler previous) {}

    private final List<Installed> installed;

    private SignalStop(List<Installed> installed) {
        this.installed = installed;
    }

    /** Takes over SIGINT and SIGTERM for {@code stop} until {@link #close}. */
    static SignalStop install(StopRequest stop, PrintWriter err) {
        List<Installed> done = new ArrayList<>();
        for (String name : List.of("INT", "TERM")) {
            try {
                Signal signal = new Signal(name);
                done.add(new Installed(signal, Signal.handle(signal, s -> on(s, stop, err))));
            } catch (IllegalArgumentException e) {
                // The JVM keeps this signal (run with -Xrs, or not on this OS): its default behaviour stays.
            }
        }
        return new SignalStop(done);
    }

    private static void on(Signal signal, StopRequest stop, PrintWriter err) {
        String name = "SIG" + signal.getName() + (signal.getName().equals("INT") ? " (Ctrl-C)" : "");
        switch (stop.request("interrupted by " + name)) {
            case STOPPING ->
                say(
                        err,
                        "gcsync: " + name + ": stopping cleanly — the requests in flight are"
                                + " finished or put back, then the summary and report (exit 3). Press Ctrl-C again to abort"
                                + " at once.");
            case NOT_STARTED -> {
                say(err, "gcsync: " + name + " before any write: nothing was changed.");
                Runtime.getRuntime().halt(128 + signal.getNumber());
            }
            case ALREADY_STOPPING -> {
                say(
                        err,
                        "gcsync: " + name + " again: aborting at once. The run stays RUNNING in the journal;"
                                + " 'gcsync resume' finishes it without repeating a confirmed request.");
                Runtime.getRuntime().halt(128 + signal.getNumber());
            }
        }
    }

    private static void say(PrintWriter err, String line) {
        synchronized (err) {
            err.println(line);
            err.flush();
        }
    }

    @Override
    public void close() {
        installed.forEach(i -> Signal.handle(i.signal(), i.previous()));
    }
}
