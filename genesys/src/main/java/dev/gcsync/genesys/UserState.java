package dev.gcsync.genesys;

/** The {@code state} of a user listing: Genesys lists active users unless asked for another state. */
public enum UserState {
    ACTIVE, INACTIVE, DELETED, ANY;

    /** The value of the {@code state} query parameter; null for ACTIVE (the default, not sent). */
    public String param() {
        return this == ACTIVE ? null : name().toLowerCase(java.util.Locale.ROOT);
    }
}
