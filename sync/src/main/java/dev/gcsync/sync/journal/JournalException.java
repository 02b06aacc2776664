package dev.gcsync.sync.journal;

/** The journal cannot be opened or written: the state directory, its lock, or SQLite itself. */
public final class JournalException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public JournalException(String message, Throwable cause) {
        super(message, cause);
    }

    public JournalException(String message) {
        super(message);
    }
}
