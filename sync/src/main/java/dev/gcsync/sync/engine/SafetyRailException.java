package dev.gcsync.sync.engine;

/** A plan goes beyond --max-removals or --max-changed-users: apply refuses unless --force. */
public final class SafetyRailException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public SafetyRailException(String message) {
        super(message);
    }
}
