package dev.gcsync.sync.org;

import java.util.Locale;

/** The state of a user in the org: Genesys lists active users unless asked for the others. */
public enum UserState {
    ACTIVE,
    INACTIVE,
    DELETED;

    /** "active", "inactive", "deleted": as Genesys and people write it. */
    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }
}
