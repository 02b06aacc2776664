package dev.gcsync.sync.apply;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * An operator's request to stop a run cleanly (SIGINT, SIGTERM): no further op is started, the ops in flight
 * finish (or, after a grace, are put back to PENDING), the run is journaled STOPPED and reported.
 *
 * <p>Before the run is {@linkplain #arm armed} — before its first journal write — there is nothing to stop
 * cleanly, and {@link #request} says so, so that the caller can exit at once. Thread safety: one monitor
 * guards the state; listeners run on the requesting thread, outside it.
 */
public final class StopRequest {
    /** What a {@link #request} did. */
    public enum Answer {
        /** Nothing journaled yet: nothing to put back, the caller may end the process. */
        NOT_STARTED,
        /** The run will stop after the requests in flight. */
        STOPPING,
        /** A stop was already requested: the operator insists. */
        ALREADY_STOPPING
    }

    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
    private boolean armed;
    private String reason;

    /** Called just before a run's first journal write: from now on a request stops the run cleanly. */
    public synchronized void arm() {
        armed = true;
    }

    /** @param why what stopped the run, as the report says it, e.g. {@code interrupted (SIGINT, Ctrl-C)} */
    public Answer request(String why) {
        synchronized (this) {
            if (reason != null) {
                return Answer.ALREADY_STOPPING;
            }
            if (!armed) {
                return Answer.NOT_STARTED;
            }
            reason = why;
        }
        listeners.forEach(Runnable::run);
        return Answer.STOPPING;
    }

    /** Why the run was asked to stop, once it was. */
    public synchronized Optional<String> reason() {
        return Optional.ofNullable(reason);
    }

    public boolean requested() {
        return reason().isPresent();
    }

    /** Runs {@code action} when a stop is requested (at once if it already was); the returned handle removes it. */
    public Runnable whenRequested(Runnable action) {
        listeners.add(action);
        if (requested()) {
            action.run();
        }
        return () -> listeners.remove(action);
    }
}
