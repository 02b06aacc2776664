package dev.gcsync.sync.desired;

import java.util.Locale;

/** How a desired-state entry names its user: by email, username or id (never created, only looked up). */
public record UserKey(Kind kind, String value) {
    public enum Kind {
        EMAIL("email"),
        USERNAME("username"),
        ID("id");

        private final String field;

        Kind(String field) {
            this.field = field;
        }

        public String field() {
            return field;
        }
    }

    /** The value compared against the org: emails and usernames are case-insensitive. */
    public String normalized() {
        return kind == Kind.ID ? value.trim() : value.trim().toLowerCase(Locale.ROOT);
    }

    @Override
    public String toString() {
        return kind.field + " " + value;
    }
}
