package dev.gcsync.governor;

/**
 * Receives every {@link GovernorEvent}, synchronously on the calling thread: keep it fast and
 * thread-safe, and never throw (an exception is logged and dropped).
 */
@FunctionalInterface
public interface GovernorListener {
    void onEvent(GovernorEvent event);

    static GovernorListener none() {
        return event -> {};
    }
}
