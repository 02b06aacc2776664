package dev.gcsync.emulator.store;

/** A refused store operation; the HTTP layer maps {@link Kind} to a status and a Genesys error code. */
public final class StoreException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** Why the operation was refused. */
    public enum Kind {
        NOT_FOUND,
        VERSION_CONFLICT,
        INVALID
    }

    private final Kind kind;
    private final String entityId;

    public StoreException(Kind kind, String entityId, String message) {
        super(message, null, false, false);
        this.kind = kind;
        this.entityId = entityId;
    }

    public Kind kind() {
        return kind;
    }

    /** The id of the entity the refusal is about, or null. */
    public String entityId() {
        return entityId;
    }

    public static StoreException notFound(String what, String id) {
        return new StoreException(Kind.NOT_FOUND, id, what + " " + id + " not found");
    }
}
