package dev.gcsync.genesys;

import java.util.Locale;

/** The {@code state} of a user listing: Genesys lists active users unless asked for another state. */
public enum UserState {
    ACTIVE,
    INACTIVE,
    DELETED,
    ANY;

    /** The value of the {@code state} query parameter; null for ACTIVE (the default, not sent). */
    public String param() {
        return this == ACTIVE ? null : name().toLowerCase(Locale.ROOT);
    }
}
