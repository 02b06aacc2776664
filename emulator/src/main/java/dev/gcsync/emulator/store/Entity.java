package dev.gcsync.emulator.store;

/**
 * A named org object: a division, routing skill, language or wrap-up code. {@code state} is "active", or
 * "deleted" for a skill or language deleted from the org that users may still hold (Genesys shows such an
 * assignment with {@code state: deleted}); null reads as active.
 */
public record Entity(String id, String name, String state) {
    public static final String ACTIVE = "active";
    public static final String DELETED = "deleted";

    public Entity {
        state = state == null ? ACTIVE : state;
    }

    public Entity(String id, String name) {
        this(id, name, ACTIVE);
    }

    public boolean active() {
        return ACTIVE.equals(state);
    }
}
